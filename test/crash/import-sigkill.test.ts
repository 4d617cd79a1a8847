// A large mailbox import killed with SIGKILL at random moments: after each kill the workspace opens,
// passes integrity_check and the audit check, every acknowledged batch is stored byte for byte, and
// a batch is either wholly stored (with its audit event) or not at all.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, unlockedHost } from '../helpers/temp-workspace';
import { PASS, expectIntact, reopen, sha } from './checks';
import { killMoments, runAndKill } from './child';
import { generateMbox } from './mbox';

const RUNS = 6;
const BATCH = 10;

describe('killing a large import', () => {
  it(`loses nothing committed and shows nothing half-written (${RUNS} SIGKILLs)`, async () => {
    const setup = await unlockedHost(PASS);
    const dir = setup.workspace.dir;
    setup.dispose();
    const acked = new Set<string>();
    let unacknowledgedBefore = new Set<string>();
    let killedMidway = 0;
    for (const [run, at] of killMoments(20260131, RUNS, 6, 400).entries()) {
      const mbox = join(tempDir(), `inbox-${run}.mbox`);
      writeFileSync(mbox, generateMbox(run, 200));
      const result = await runAndKill(['import', dir, mbox], { DPO_PASSPHRASE: PASS }, at);
      if (result.killed && !result.done) killedMidway++;
      for (const line of result.acks) for (const digest of line.split(',')) acked.add(digest);

      const host = await reopen(dir);
      const db = host.workspace.database();
      const context = `run ${run}, killed ${at.delayMs} ms after batch ${at.afterAcks}, ${result.acks.length} batches acknowledged`;
      expectIntact(db, context);
      const rows = db.prepare('SELECT id, sha256, raw FROM messages').all() as Array<{ id: number; sha256: string; raw: Buffer }>;
      for (const row of rows) expect(sha(row.raw), context).toBe(row.sha256);
      const stored = new Set(rows.map((r) => r.sha256));
      for (const digest of acked) expect(stored.has(digest), `${context}: acknowledged message ${digest} lost`).toBe(true);
      // At most one batch may have committed after this kill's last acknowledgement reached us. Counted
      // per kill: each earlier kill may have left its own such batch, and those stay unacknowledged.
      const unacknowledged = new Set([...stored].filter((digest) => !acked.has(digest)));
      const leftByThisKill = [...unacknowledged].filter((digest) => !unacknowledgedBefore.has(digest));
      expect(leftByThisKill.length, context).toBeLessThanOrEqual(BATCH);
      unacknowledgedBefore = unacknowledged;
      // Every stored message belongs to exactly one 'mail.imported' event that lists it.
      const listed = (db.prepare(`SELECT data_json FROM audit_events WHERE action = 'mail.imported'`).all() as Array<{ data_json: string }>)
        .flatMap((e) => (JSON.parse(e.data_json) as { messages: Array<{ id: number; sha256: string }> }).messages);
      expect(listed.map((m) => m.sha256).sort(), context).toEqual([...stored].sort());
      host.dispose();
    }
    expect(killedMidway, 'the kills should land while the import is running').toBeGreaterThanOrEqual(RUNS / 2);
  }, 300_000);
});
