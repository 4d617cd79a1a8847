// `dpo import PATH... [--accept] [--json]`: .eml files, .mbox files and folders of them into triage
// (or, with --accept, straight into cases as suggested). Failed messages are counted, not fatal.
import { existsSync } from 'node:fs';
import type { ImportSummary } from '../../../shared/contract/triage';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError, CliError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

export async function importCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { accept: { type: 'boolean' }, json: { type: 'boolean' } }, true);
  if (positionals.length === 0) throw usageError('Usage: dpo import PATH... [--accept] [--json]   (.eml files, .mbox files, folders of them)');
  const missing = positionals.filter((p) => !existsSync(p));
  if (missing.length) throw usageError(`Not found: ${missing.join(', ')}. Nothing was imported.`);
  const host = await openUnlocked(globals, io);
  try {
    const job = await host.api['mail.importFiles']({ paths: positionals, accept: values.accept ?? false });
    const showProgress = process.stderr.isTTY && !io.env.DPO_NO_PROGRESS;
    let lastDetail = '';
    const showing = showProgress
      ? setInterval(() => {
        const view = host.context.jobs.get(job.id);
        if (view.detail === lastDetail) return;
        lastDetail = view.detail;
        process.stderr.write(`\r${view.progress === null ? '' : `${Math.round(view.progress * 100)} %  `}${view.detail}`.padEnd(70));
      }, 100)
      : null;
    // The result is taken as soon as the import ends, not at the next look at its progress.
    const done = await host.context.jobs.wait(job.id).finally(() => showing && clearInterval(showing));
    if (showProgress) process.stderr.write('\r'.padEnd(71) + '\r');
    if (done.state !== 'done') throw new CliError(EXIT.failed, done.error?.message ?? 'The import stopped.');
    const summary = done.result as ImportSummary;
    for (const e of summary.errors) io.stderr(`${e.file}: ${e.message}`);
    if (values.json) {
      io.stdout(JSON.stringify({
        imported: summary.imported,
        duplicates: summary.duplicates,
        failed: summary.failed,
        messages: summary.messages.map((m) => ({
          file: m.file, messageId: m.messageId, requestType: m.requestType, jurisdiction: m.jurisdiction, language: m.language,
          subjectHasPrivacyPolicy: m.subjectHasPrivacyPolicy, threadedTo: m.threadedTo, caseRef: m.caseRef, explanation: m.explanation,
        })),
      }));
    } else {
      io.stdout(describe(summary, values.accept ?? false));
    }
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}

function describe(s: ImportSummary, accepted: boolean): string {
  const lines = [`Imported ${s.imported} message(s); ${s.duplicates} already in the workspace; ${s.failed} failed.`];
  for (const m of s.messages) {
    const where = m.caseRef ? `→ ${m.caseRef}` : m.threadedTo ? `continues ${m.threadedTo}` : accepted ? 'left in triage' : 'waiting in triage';
    lines.push(`  ${m.file}  ${m.requestType ?? '?'}  ${m.jurisdiction ?? '?'}  ${m.language ?? '?'}  ${where}`);
  }
  return lines.join('\n');
}
