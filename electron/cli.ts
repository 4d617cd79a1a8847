// Entry point of the `dpo` command (bin/dpo.mjs runs this on Node 22).
import { processIo } from './cli/io';
import { runCli } from './cli/main';

process.exitCode = await runCli(process.argv.slice(2), processIo());
