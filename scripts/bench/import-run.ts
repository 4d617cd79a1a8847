// One measurement of the import benchmark, run in its own process so its peak memory is its own:
// `baseline` splits the mbox and has mailparser parse each message; `import` runs the whole import
// (split, parse, triage, thread, write encrypted) through the host; `in-thread` runs the same
// import with every step in one thread (the work a message costs, without the workers' help).
// Prints one JSON line. `write` generates the mailbox (count in place of the folder); `write-corpus`
// copies the labelled messages into one (count, then the corpus folder).
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { createHost } from '../../electron/host/host';
import { nodePorts } from '../../electron/host/node-ports';
import { importPaths } from '../../electron/host/mail/import/import-job';
import { splitMbox } from '../../electron/host/mail/mbox-splitter';
import type { ImportSummary } from '../../shared/contract/triage';
import { writeBenchMbox, writeCorpusMbox } from './import-mbox';

const [mode, mbox, dir] = process.argv.slice(2);

async function baseline(): Promise<{ ms: number; messages: number }> {
  const start = performance.now();
  let messages = 0;
  for await (const m of splitMbox(mbox)) {
    await simpleParser(m.raw);
    messages++;
  }
  return { ms: performance.now() - start, messages };
}

async function fullImport(inThread: boolean): Promise<{ ms: number; messages: number; duplicates: number; failed: number }> {
  const workspace = join(dir, inThread ? 'workspace-in-thread' : 'workspace');
  const host = createHost({ dir: workspace, ports: nodePorts(workspace), workspace: { scrypt: { N: 2 ** 12, r: 8, p: 1 } } });
  await host.api['workspace.create']({ passphrase: 'bench passphrase for import', remember: false });
  const start = performance.now();
  let r: ImportSummary;
  if (inThread) {
    r = await importPaths(host.workspace.database(), [mbox], { now: () => new Date(), defaultTimeZone: 'Europe/Berlin', workersFromBytes: Infinity });
  } else {
    const job = await host.api['mail.importFiles']({ paths: [mbox] });
    const done = await host.context.jobs.wait(job.id);
    if (done.state !== 'done') throw new Error(`import ${done.state}: ${done.error?.message}`);
    r = done.result as ImportSummary;
  }
  const ms = performance.now() - start;
  host.dispose();
  return { ms, messages: r.imported, duplicates: r.duplicates, failed: r.failed };
}

if (mode === 'write') {
  await writeBenchMbox(mbox, Number(dir));
  process.exit(0);
}
if (mode === 'write-corpus') {
  await writeCorpusMbox(mbox, Number(dir), process.argv[5]);
  process.exit(0);
}
const result = mode === 'baseline' ? await baseline() : await fullImport(mode === 'in-thread');
console.log(JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024, nodeFlags: process.execArgv.join(' ') }));
