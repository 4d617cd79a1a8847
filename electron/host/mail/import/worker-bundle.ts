// The preparing worker, bundled into one file, for a host that runs from TypeScript (the `dpo`
// command, tests, the benchmark); the built app has its own bundle. Started through tsx, each
// worker spent ~0.25 s and a loader thread of its own resolving and transforming ~85 modules
// before it could take a message, on the core the import needed; from one file it is ready in
// ~0.13 s. The bundle is kept under node_modules/.cache, where the packages it imports resolve as
// they do for the host, and is built again when any file in it changes.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerBundleOptions {
  /** The worker's TypeScript entry. */
  entry: string;
  /** Where the bundle and its list of sources are kept. */
  cacheDir: string;
  /** The folder paths in the list are relative to (the project). */
  root: string;
}

/** Each file the bundle was built from, with what it was then: a change to any means a rebuild. */
interface Manifest { esbuild: string; entry: string; inputs: [path: string, size: number, mtimeMs: number][] }

const require = createRequire(import.meta.url);

/** The installed esbuild's version, read without loading it; null when it is not installed. */
function esbuildVersion(): string | null {
  try {
    return (require('esbuild/package.json') as { version: string }).version;
  } catch {
    return null;
  }
}

/**
 * The bundle, when it is still current, else null. Read synchronously (~3 ms for ~45 files): the
 * import that asks has already begun preparing messages in this thread, and each asynchronous step
 * waited for that thread's next turn, so the worker started ~0.1 s late.
 */
export function currentBundle(opts: WorkerBundleOptions): URL | null {
  const bundle = bundlePath(opts);
  try {
    const manifest = JSON.parse(readFileSync(`${bundle}.json`, 'utf8')) as Manifest;
    if (manifest.esbuild !== esbuildVersion() || manifest.entry !== opts.entry) return null;
    const unchanged = manifest.inputs.every(([p, size, mtimeMs]) => {
      const now = statSync(join(opts.root, p));
      return now.size === size && now.mtimeMs === mtimeMs;
    });
    return unchanged ? pathToFileURL(bundle) : null;
  } catch {
    return null;
  }
}

const bundlePath = (opts: WorkerBundleOptions) => join(opts.cacheDir, 'prepare-worker.mjs');

/**
 * The project's own modules of the worker as one ES module. Packages stay imports, loaded from
 * node_modules as they are: bundled, postal-mime's text would be reformatted, and the in-place
 * join (postal-mime-join.ts) applies only to postal-mime's own wording of the decoders (bundled in,
 * the worker ran ~10 % slower). So the cache folder must be inside the project. Returns the URL and
 * whether it was built just now; throws when esbuild is missing or the sources do not build (the
 * caller then starts the worker through tsx).
 */
export async function bundledWorker(opts: WorkerBundleOptions): Promise<{ url: URL; built: boolean }> {
  const ready = currentBundle(opts);
  if (ready) return { url: ready, built: false };
  const esbuild = await import('esbuild');
  const bundle = bundlePath(opts);
  const startedMs = Date.now();
  const result = await esbuild.build({
    entryPoints: [opts.entry],
    absWorkingDir: opts.root,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: bundle,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const stats = await Promise.all(inputs.map((p) => stat(join(opts.root, p))));
  // A source saved while bundling may or may not be in the bundle: listed as older, it is built again next time.
  const manifest: Manifest = { esbuild: esbuild.version, entry: opts.entry, inputs: inputs.map((p, i) => [p, stats[i].size, stats[i].mtimeMs < startedMs - 2000 ? stats[i].mtimeMs : -1]) };
  await mkdir(dirname(bundle), { recursive: true });
  // Written aside and renamed, so another process starting a worker meanwhile reads a whole file.
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(`${bundle}.${tag}`, result.outputFiles[0].contents);
  await writeFile(`${bundle}.json.${tag}`, JSON.stringify(manifest));
  await rename(`${bundle}.${tag}`, bundle);
  await rename(`${bundle}.json.${tag}`, `${bundle}.json`);
  return { url: pathToFileURL(bundle), built: true };
}
