// `dpo report` from a terminal: JSON a script reads, CSV to a file, a PDF, and a sentence with exit
// code 2 when the dates are wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PASSPHRASE, dpo } from '../../../test/helpers/cli';
import { tempDir, testHost } from '../../../test/helpers/temp-workspace';
import { pdfText } from '../../host/letters/test-readers';

async function workspaceWithCases(): Promise<string> {
  const dir = join(tempDir(), 'workspace');
  const host = testHost(dir);
  await host.api['workspace.create']({ passphrase: CLI_PASSPHRASE, remember: false });
  const open = (receivedLocal: string, name: string) => host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal, timeZone: 'Europe/Berlin', requester: { name, email: `${name.split(' ')[1].toLowerCase().replace('ß', 'ss')}@example.de` } });
  const { ref } = await open('2026-01-12', 'Anna Schmidt');
  await host.api['cases.close']({ ref, outcome: 'complied', on: '2026-01-30' });
  await open('2026-02-02', 'Jürgen Groß');
  await open('2026-04-01', 'Outside Range');
  host.dispose();
  return dir;
}

describe('dpo report', () => {
  it('prints the first quarter as JSON: from, to, the cases received in it, and the metrics', async () => {
    const dir = await workspaceWithCases();
    const { code, out } = await dpo(dir, 'report', '--from', '2026-01-01', '--to', '2026-03-31', '--as-of', '2026-04-15', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(report.cases.map((c: { requester: { name: string } }) => c.requester.name)).toEqual(['Anna Schmidt', 'Jürgen Groß']);
    expect(report.cases[0]).toMatchObject({ ref: 'DPO-2026-0001', status: 'closed', outcome: 'complied', daysToRespond: 18, onTime: true });
    expect(report.metrics.byRequestType).toEqual([{ requestType: 'access', received: 2, complied: 1, partlyComplied: 0, denied: 0, withdrawn: 0, open: 1, medianDays: 18, meanDays: 18 }]);
  });

  it('writes CSV and PDF files with --out', async () => {
    const dir = await workspaceWithCases();
    const csv = join(tempDir(), 'q1.csv');
    expect((await dpo(dir, 'report', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'csv', '--out', csv)).code).toBe(0);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('Jürgen Groß');
    const pdf = join(tempDir(), 'q1.pdf');
    expect((await dpo(dir, 'report', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect(await pdfText(readFileSync(pdf))).toContain('Jürgen Groß');
  });

  it('says what is wrong with the dates, with exit code 2', async () => {
    const dir = await workspaceWithCases();
    expect(await dpo(dir, 'report', '--from', '2026-03-31', '--to', '2026-01-01')).toMatchObject({ code: 2, err: expect.stringMatching(/ends \(2026-01-01\) before it starts/) });
    expect(await dpo(dir, 'report', '--from', '2026-02-30', '--to', '2026-03-01')).toMatchObject({ code: 2, err: expect.stringMatching(/--from "2026-02-30" is not a date/) });
    expect(await dpo(dir, 'report', '--from', '2026-01-01')).toMatchObject({ code: 2, err: expect.stringMatching(/needs --from and --to/) });
    expect(await dpo(dir, 'report', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'xlsx')).toMatchObject({ code: 2, err: expect.stringMatching(/--format takes csv, json, pdf/) });
  });
});

describe('dpo cases list keeps its JSON shape', () => {
  it('prints an array of case summaries with the same fields as before', async () => {
    const dir = await workspaceWithCases();
    const { code, out } = await dpo(dir, 'cases', 'list', '--overdue', '--as-of', '2026-04-15', '--json');
    expect(code).toBe(0);
    const items = JSON.parse(out);
    expect(items.map((c: { requester: { name: string } }) => c.requester.name)).toEqual(['Jürgen Groß']);
    expect(Object.keys(items[0])).toEqual(['ref', 'kind', 'status', 'requestTypes', 'regime', 'regimes', 'jurisdiction', 'receivedAt', 'timeZone', 'dueAt', 'overdue', 'escalationStage', 'requester', 'organisationId', 'subject', 'channel']);
  });
});
