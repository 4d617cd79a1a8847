// Runs the preparing worker from its TypeScript source (the `dpo` command, tests, benchmarks); the
// built app starts the bundled prepare-worker.js instead.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../../../tsconfig.run.json', import.meta.url)) });
await import('./prepare-worker.ts');
