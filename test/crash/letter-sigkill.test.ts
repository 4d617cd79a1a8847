// Sending letters, killed with SIGKILL at random moments: every letter the child reported as sent is
// stored with its exact bytes, and a letter exists only together with its correspondence record and
// its audit event, never partly.
import { describe, expect, it } from 'vitest';
import { unlockedHost } from '../helpers/temp-workspace';
import { PASS, expectIntact, reopen, sha } from './checks';
import { killMoments, runAndKill } from './child';

const RUNS = 7;

describe('killing a letter send', () => {
  it(`keeps every sent letter whole (${RUNS} SIGKILLs)`, async () => {
    const setup = await unlockedHost(PASS);
    const { ref } = await setup.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-01-31', timeZone: 'Europe/Berlin', requester: { name: 'Anna Łukasiewicz', email: 'anna@example.pl' } });
    const dir = setup.workspace.dir;
    setup.dispose();
    const acked: string[] = [];
    let unacknowledgedBefore = 0;
    for (const [run, at] of killMoments(20260302, RUNS, 4, 250).entries()) {
      const result = await runAndKill(['letter', dir, ref], { DPO_PASSPHRASE: PASS }, at);
      expect(result.killed).toBe(true);
      acked.push(...result.acks);

      const host = await reopen(dir);
      const db = host.workspace.database();
      const context = `run ${run}, killed ${at.delayMs} ms after letter ${at.afterAcks}`;
      expectIntact(db, context);
      const sent = db.prepare('SELECT letter_id, sha256, bytes FROM correspondence ORDER BY id').all() as Array<{ letter_id: number; sha256: string; bytes: Buffer }>;
      for (const c of sent) {
        expect(sha(c.bytes), context).toBe(c.sha256);
        expect(c.bytes.subarray(0, 5).toString('latin1'), context).toBe('%PDF-');
        expect(c.bytes.subarray(-6).toString('latin1'), context).toMatch(/%%EOF\s*$/);
      }
      const digests = sent.map((c) => c.sha256);
      for (const digest of acked) expect(digests, `${context}: acknowledged letter ${digest} lost`).toContain(digest);
      // At most one letter may have committed after this kill's last acknowledgement (killed during
      // its commit's fsync); earlier kills may each have left one too.
      const unacknowledged = sent.length - acked.length;
      expect(unacknowledged - unacknowledgedBefore, context).toBeGreaterThanOrEqual(0);
      expect(unacknowledged - unacknowledgedBefore, context).toBeLessThanOrEqual(1);
      unacknowledgedBefore = unacknowledged;
      const letters = (db.prepare('SELECT count(*) AS n FROM letters').get() as { n: number }).n;
      const events = db.prepare(`SELECT data_json FROM audit_events WHERE action = 'letter.sent' ORDER BY seq`).all() as Array<{ data_json: string }>;
      expect(letters, context).toBe(sent.length);
      expect(events.map((e) => (JSON.parse(e.data_json) as { sha256: string }).sha256), context).toEqual(digests);
      host.dispose();
    }
    expect(acked.length).toBeGreaterThan(0);
  }, 300_000);
});
