// Shared by the import tests: run an import job through the host and wait for its result; write
// small real messages to disk.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportSummary } from '../../../../shared/contract/triage';
import type { Host } from '../../host';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'triage-dev');

export async function importAndWait(host: Host, paths: string[], accept = false): Promise<ImportSummary> {
  const job = await host.api['mail.importFiles']({ paths, accept });
  const done = await host.context.jobs.wait(job.id);
  if (done.state !== 'done') throw new Error(`import ${done.state}: ${done.error?.message}`);
  return done.result as ImportSummary;
}

export interface MailSpec {
  from?: string;
  to?: string;
  subject: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  body: string;
  extraHeaders?: string[];
}

export function eml(m: MailSpec): string {
  return [
    `From: ${m.from ?? 'Ada Lovelace <ada@example.org>'}`,
    `To: ${m.to ?? 'privacy@brightwater.example'}`,
    `Subject: ${m.subject}`,
    ...(m.date === '' ? [] : [`Date: ${m.date ?? 'Mon, 02 Mar 2026 09:15:00 +0100'}`]),
    ...(m.messageId ? [`Message-ID: <${m.messageId}>`] : []),
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`, `References: <${m.inReplyTo}>`] : []),
    ...(m.extraHeaders ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    m.body,
    '',
  ].join('\r\n');
}

export function writeEml(dir: string, name: string, m: MailSpec): string {
  const path = join(dir, name);
  writeFileSync(path, eml(m));
  return path;
}
