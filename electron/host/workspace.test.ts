import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALICE, testHost, unlockedHost } from '../../test/helpers/temp-workspace';

describe('the encrypted workspace', () => {
  it('a case created before closing the app is there after unlocking again', async () => {
    const first = await unlockedHost('harbour lights 42');
    const { ref } = await first.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-03-02T09:15', timeZone: 'Europe/Berlin', requester: ALICE });
    expect(ref).toBe('DPO-2026-0001');
    first.dispose();

    const second = testHost(first.workspace.dir);
    expect((await second.api['workspace.status']({})).unlocked).toBe(false);
    await expect(second.api['cases.list']({})).rejects.toMatchObject({ code: 'locked' });
    await second.api['workspace.unlock']({ passphrase: 'harbour lights 42' });
    const { items } = await second.api['cases.list']({});
    expect(items.map((c) => [c.ref, c.requester.name, c.receivedAt])).toEqual([[ref, ALICE.name, '2026-03-02T08:15:00.000Z']]);
  });

  it('a wrong passphrase is refused and changes nothing', async () => {
    const host = await unlockedHost('harbour lights 42');
    host.workspace.lock();
    const keyfileBefore = readFileSync(host.workspace.keyfilePath, 'utf8');
    await expect(host.api['workspace.unlock']({ passphrase: 'harbour lights 43' })).rejects.toMatchObject({ code: 'wrong-passphrase', message: expect.stringMatching(/passphrase/) });
    expect(host.workspace.isUnlocked()).toBe(false);
    expect(readFileSync(host.workspace.keyfilePath, 'utf8')).toBe(keyfileBefore);
  });

  it('changing the passphrase re-wraps the key without rewriting the database', async () => {
    const host = await unlockedHost('old passphrase');
    await host.api['cases.create']({ requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-01-31', requester: ALICE });
    host.workspace.lock();
    const dbBefore = readFileSync(host.workspace.dbPath);
    await host.api['workspace.changePassphrase']({ current: 'old passphrase', next: 'new passphrase' });
    host.workspace.lock();
    expect(readFileSync(host.workspace.dbPath).subarray(0, 4096).equals(dbBefore.subarray(0, 4096))).toBe(true);
    await expect(host.api['workspace.unlock']({ passphrase: 'old passphrase' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await host.api['workspace.unlock']({ passphrase: 'new passphrase' });
    expect((await host.api['cases.list']({})).total).toBe(1);
  });

  it('the recovery code shown at creation sets a new passphrase when the old one is forgotten', async () => {
    const host = testHost();
    const { recoveryCode } = await host.api['workspace.create']({ passphrase: 'forgotten one' });
    host.workspace.lock();
    await expect(host.api['workspace.recover']({ recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG', next: 'x' })).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await host.api['workspace.recover']({ recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' '), next: 'remembered now' });
    host.workspace.lock();
    await host.api['workspace.unlock']({ passphrase: 'remembered now' });
    expect(host.workspace.isUnlocked()).toBe(true);
  });

  it('no requester name or email appears in any byte of the workspace folder', async () => {
    const host = await unlockedHost();
    const requester = { name: 'Zofia Wiśniewska-Plaintextcheck', email: 'zofia.plaintextcheck@example.pl' };
    for (let i = 0; i < 20; i++) {
      await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-02-10', requester, subject: 'Auskunftsersuchen Plaintextcheck' });
    }
    // Look while the database is open (WAL and SHM present) and again after it is closed.
    const scan = () => {
      const files = readdirSync(host.workspace.dir);
      expect(files).toEqual(expect.arrayContaining(['workspace.db', 'keyfile.json']));
      for (const file of files) {
        const bytes = readFileSync(join(host.workspace.dir, file));
        for (const needle of ['Plaintextcheck', 'plaintextcheck', 'Wiśniewska', 'example.pl']) {
          expect(bytes.includes(Buffer.from(needle)), `${needle} found in ${file}`).toBe(false);
          expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (UTF-16) found in ${file}`).toBe(false);
        }
      }
      return files;
    };
    expect(scan()).toEqual(expect.arrayContaining(['workspace.db-wal']));
    host.workspace.lock();
    scan();
  });

  it('a workspace cannot be created twice over the same folder', async () => {
    const host = await unlockedHost();
    await expect(host.api['workspace.create']({ passphrase: 'another' })).rejects.toMatchObject({ code: 'workspace-exists' });
  });

  it('locking closes the database and forgets the key', async () => {
    const host = await unlockedHost();
    await host.api['workspace.lock']({});
    expect(host.workspace.isUnlocked()).toBe(false);
    await expect(host.api['cases.get']({ ref: 'DPO-2026-0001' })).rejects.toMatchObject({ code: 'locked' });
  });
});
