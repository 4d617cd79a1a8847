#!/usr/bin/env node
// The `dpo` command: the same host as the app, from a terminal.
import { runTypeScript } from './node-runtime.mjs';

await runTypeScript('electron/cli.ts', process.argv.slice(2));
