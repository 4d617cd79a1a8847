// `dpo org` from a terminal: a workspace set up without the app gets the organisation its letters
// need, and the DPO changes a profile by editing the JSON it prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWorkspace as emptyWorkspace, dpo } from '../../../test/helpers/cli';
import { tempDir } from '../../../test/helpers/temp-workspace';

describe('dpo org', () => {
  it('adds the IMT profile the product ships with to a workspace that has none, and lists it', async () => {
    const dir = await emptyWorkspace();
    expect(JSON.parse((await dpo(dir, 'org', 'list', '--json')).out)).toEqual([]);
    const presets = JSON.parse((await dpo(dir, 'org', 'presets', '--json')).out) as Array<{ id: string }>;
    expect(presets.map((p) => p.id)).toEqual(['imt', 'imaps']);
    expect(await dpo(dir, 'org', 'add', 'imt', '--json')).toMatchObject({ code: 0, out: '{"id":"imt"}' });
    const [org] = JSON.parse((await dpo(dir, 'org', 'list', '--json')).out);
    expect(org).toMatchObject({ id: 'imt', caseCount: 0 });
    expect((await dpo(dir, 'org', 'list')).out).toMatch(/^imt {2}.+ — 0 case\(s\)$/);
  });

  it('takes back an edited profile (a longer retention) and refuses one with a broken field, naming it, with exit code 2', async () => {
    const dir = await emptyWorkspace();
    await dpo(dir, 'org', 'add', 'imt');
    const profile = JSON.parse((await dpo(dir, 'org', 'show', 'imt')).out);
    profile.retention = { closedCaseMonths: 48, note: 'Four years: the contract with the client says so.' };
    const file = join(tempDir(), 'imt.json');
    writeFileSync(file, JSON.stringify(profile));
    expect(await dpo(dir, 'org', 'save', file, '--json')).toMatchObject({ code: 0, out: '{"id":"imt"}' });
    expect(JSON.parse((await dpo(dir, 'org', 'show', 'imt')).out).retention.closedCaseMonths).toBe(48);

    writeFileSync(file, JSON.stringify({ ...profile, retention: { closedCaseMonths: 0 } }));
    const refused = await dpo(dir, 'org', 'save', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/closedCaseMonths/);
    expect(JSON.parse((await dpo(dir, 'org', 'show', 'imt')).out).retention.closedCaseMonths).toBe(48);
    expect(readFileSync(file, 'utf8')).toContain('"closedCaseMonths":0');
  });

  it('says what is wrong: an unknown preset, a file that is not JSON, a missing action', async () => {
    const dir = await emptyWorkspace();
    expect(await dpo(dir, 'org', 'add', 'acme')).toMatchObject({ code: 1, err: expect.stringMatching(/no preset "acme"/) });
    const file = join(tempDir(), 'broken.json');
    writeFileSync(file, '{ "id": ');
    expect(await dpo(dir, 'org', 'save', file)).toMatchObject({ code: 2, err: expect.stringMatching(/is not JSON/) });
    expect(await dpo(dir, 'org', 'save', join(tempDir(), 'missing.json'))).toMatchObject({ code: 2, err: expect.stringMatching(/Could not read the profile file .*ENOENT/) });
    expect(await dpo(dir, 'org')).toMatchObject({ code: 2, err: expect.stringMatching(/Usage: dpo org/) });
    expect(await dpo(dir, 'org', 'show')).toMatchObject({ code: 2, err: expect.stringMatching(/Usage: dpo org/) });
  });
});
