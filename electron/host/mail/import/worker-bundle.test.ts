// The preparing worker runs from one bundled file when the host runs from TypeScript: it must be
// the code as it is now, not as it was when first bundled.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { emptyCorrections } from '../../../../shared/triage';
import { tempDir } from '../../../../test/helpers/temp-workspace';
import type { PrepareRequests } from './prepare-protocol';
import { eml } from './test-helpers';
import { bundledWorker, currentBundle } from './worker-bundle';

async function answerOf(url: URL): Promise<string> {
  const worker = new Worker(url);
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe('the worker bundled for a host running from TypeScript', () => {
  it('is built once, reused while its sources are unchanged, and built again when one changes', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'wording.ts'), "export const wording: string = 'first';\n");
    writeFileSync(join(root, 'entry.ts'), "import { parentPort } from 'node:worker_threads';\nimport { wording } from './wording';\nparentPort!.postMessage(wording);\n");
    // Saved a while ago: a source saved while (or just before) bundling is listed as changed, to be bundled again.
    const earlier = new Date(Date.now() - 60_000);
    for (const f of ['wording.ts', 'entry.ts']) utimesSync(join(root, f), earlier, earlier);
    const opts = { entry: 'entry.ts', cacheDir: join(root, 'cache'), root };
    expect(currentBundle(opts)).toBeNull();

    const first = await bundledWorker(opts);
    expect(first.built).toBe(true);
    expect(await answerOf(first.url)).toBe('first');
    expect((await bundledWorker(opts)).built).toBe(false);
    // Known at once, without waiting a turn, so an import starts its worker before it prepares anything.
    expect(currentBundle(opts)?.href).toBe(first.url.href);

    writeFileSync(join(root, 'wording.ts'), "export const wording: string = 'second';\n");
    // Same size, so only the modification time tells.
    const later = new Date(Date.now() - 30_000);
    utimesSync(join(root, 'wording.ts'), later, later);
    expect(currentBundle(opts)).toBeNull();
    const again = await bundledWorker(opts);
    expect(again.built).toBe(true);
    expect(await answerOf(again.url)).toBe('second');
    expect((await bundledWorker(opts)).built).toBe(false);

    // Saved moments before bundling, so it could have been saved during it: not trusted to be in the
    // bundle, which is built again on the next start.
    writeFileSync(join(root, 'wording.ts'), "export const wording: string = 'third!';\n");
    expect((await bundledWorker(opts)).built).toBe(true);
    const next = await bundledWorker(opts);
    expect(next.built).toBe(true);
    expect(await answerOf(next.url)).toBe('third!');
    expect(JSON.parse(readFileSync(join(root, 'cache', 'prepare-worker.mjs.json'), 'utf8')).inputs.map((i: unknown[]) => i[0]).sort()).toEqual(['entry.ts', 'wording.ts']);
  }, 30_000);

  it('starts the preparing worker, which loads its packages from the project unchanged', async () => {
    const root = join(import.meta.dirname, '..', '..', '..', '..');
    const cacheDir = mkdtempSync(join(root, 'node_modules', '.cache', 'worker-bundle-test-'));
    try {
      const { url } = await bundledWorker({ entry: 'electron/host/mail/import/prepare-worker.ts', cacheDir, root });
      // postal-mime is imported, not copied in: the in-place join recognises only its own wording.
      expect(readFileSync(url, 'utf8')).toMatch(/^import .* from "postal-mime";$/m);
      const worker = new Worker(url, { workerData: { corrections: emptyCorrections() } });
      try {
        const replies = new Promise<unknown[]>((resolve, reject) => {
          const got: unknown[] = [];
          worker.on('message', (m) => got.push(m) === 2 && resolve(got));
          worker.once('error', reject);
        });
        const raw = new TextEncoder().encode(eml({ subject: 'Auskunftsersuchen', messageId: 'de-1@example.de', body: 'Ich verlange Auskunft nach Art. 15 DSGVO.' }));
        worker.postMessage([{ id: 1, file: 'a.eml', raw, now: Date.parse('2026-03-10T12:00:00Z') }] satisfies PrepareRequests);
        const [ready, reply] = await replies;
        expect(ready).toEqual({ ready: true });
        expect(reply).toMatchObject([{ id: 1, ok: true, prepared: { triage: { requestType: 'access', language: 'de' } } }]);
      } finally {
        await worker.terminate();
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('fails, for the caller to start the worker through tsx instead, when the sources do not build', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'entry.ts'), "import { missing } from './nowhere';\nconsole.log(missing);\n");
    await expect(bundledWorker({ entry: 'entry.ts', cacheDir: join(root, 'cache'), root })).rejects.toThrow(/nowhere/);
  });
});
