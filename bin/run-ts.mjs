#!/usr/bin/env node
// Runs one of the project's TypeScript entry points (scripts, the CLI) on Node 22.
import { runTypeScript } from './node-runtime.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs path/to/entry.ts [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], entry, ...args];
await runTypeScript(entry, args);
