// Schema migrations killed with SIGKILL at random moments: each database copy is either untouched
// (version 0, no tables) or fully migrated, never in between, and always passes integrity_check.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/host/store/database';
import { LATEST_VERSION } from '../../electron/host/store/migrations';
import { tempDir } from '../helpers/temp-workspace';
import { killMoments, runAndKill } from './child';

const RUNS = 7;

describe('killing a migration', () => {
  it(`leaves each database all-old or all-new (${RUNS} SIGKILLs)`, async () => {
    const dek = randomBytes(32);
    const complete = new Set<string>();
    let expectedTables: string[] | null = null;
    let interrupted = 0;
    for (const [run, at] of killMoments(20260415, RUNS, 20, 40).entries()) {
      const dir = tempDir();
      const result = await runAndKill(['migrate', dir], { DPO_TEST_DEK: dek.toString('hex') }, at);
      expect(result.killed).toBe(true);
      for (const file of result.acks) complete.add(file);
      const files = readdirSync(dir).filter((f) => f.endsWith('.db')).map((f) => join(dir, f));
      for (const file of files) {
        const context = `run ${run}, killed ${at.delayMs} ms after migration ${at.afterAcks}: ${file}`;
        const db = openEncrypted(file, dek);
        expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
        const version = db.pragma('user_version', { simple: true }) as number;
        const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
        db.close();
        if (complete.has(file)) expect(version, context).toBe(LATEST_VERSION);
        if (version === 0) {
          expect(tables, context).toEqual([]);
          interrupted++;
        } else {
          expect(version, context).toBe(LATEST_VERSION);
          expectedTables ??= tables;
          expect(tables, context).toEqual(expectedTables);
        }
      }
      expect(files.length, `run ${run}`).toBeGreaterThanOrEqual(result.acks.length);
    }
    expect(complete.size).toBeGreaterThan(0);
    expect(expectedTables?.length).toBeGreaterThan(10);
    if (process.env.CRASH_REPORT) console.log(`migrations caught in flight: ${interrupted} of ${RUNS}`);
  }, 300_000);
});
