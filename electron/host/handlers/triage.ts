// The triage queue, imports and the privacy mailbox, as host methods. Imports and syncs run as jobs.
import type { HostImpl } from '../../../shared/contract';
import { HostError } from '../../../shared/contract/define';
import type { HostContext } from '../context';
import { acceptMessages, mergeMessages } from '../mail/import/accept';
import { correctMessage, dismissMessages } from '../mail/import/corrections';
import { imapFolders, imapSettingsView, saveImapSettings, syncImap } from '../mail/import/imap-job';
import { importBytes, importPaths } from '../mail/import/import-job';
import { getAttachment, getDetail, getItem, getMessage, listQueue, rawMessage } from '../mail/import/triage-queue';

type TriageMethods =
  | 'triage.list' | 'triage.get' | 'triage.accept' | 'triage.correct' | 'triage.merge' | 'triage.dismiss'
  | 'mail.importFiles' | 'mail.importBytes' | 'mail.imapSettings.get' | 'mail.imapSettings.save' | 'mail.imapFolders' | 'mail.imapSync'
  | 'messages.get' | 'messages.raw' | 'attachments.get';

export function triageHandlers(ctx: HostContext): Pick<HostImpl, TriageMethods> {
  const db = () => ctx.workspace.database();
  const now = () => ctx.ports.now();
  const acceptCtx = () => ({ now: now(), defaultTimeZone: ctx.defaultTimeZone() });
  return {
    'triage.list': async (q) => listQueue(db(), q),
    'triage.get': async ({ id }) => getDetail(db(), id),
    'triage.accept': async ({ ids, overrides }) => ({ results: acceptMessages(db(), ids, overrides, acceptCtx()) }),
    'triage.correct': async (input) => {
      correctMessage(db(), input, acceptCtx());
      return getItem(db(), input.id);
    },
    'triage.merge': async ({ ids, caseRef }) => mergeMessages(db(), ids, caseRef, acceptCtx()),
    'triage.dismiss': async ({ ids, reason }) => ({ dismissed: dismissMessages(db(), ids, reason, now()) }),
    'mail.importFiles': async ({ paths, accept }) => {
      const database = db();
      const n = paths.length;
      return ctx.jobs.start('mail.import', `Importing ${n} ${n === 1 ? 'item' : 'items'}`, (control) =>
        importPaths(database, paths, { signal: control.signal, progress: control.progress, now, defaultTimeZone: ctx.defaultTimeZone(), accept }), now);
    },
    'mail.importBytes': async ({ files, accept }) => {
      const database = db();
      const decoded = files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
      if (decoded.some((f) => f.bytes.length === 0)) throw new HostError('invalid-input', 'One of the dropped files is empty.');
      const n = files.length;
      return ctx.jobs.start('mail.import', `Importing ${n} dropped ${n === 1 ? 'file' : 'files'}`, (control) =>
        importBytes(database, decoded, { signal: control.signal, progress: control.progress, now, defaultTimeZone: ctx.defaultTimeZone(), accept }), now);
    },
    'mail.imapSettings.get': async () => imapSettingsView(db()),
    'mail.imapSettings.save': async (input) => saveImapSettings(db(), input, now().toISOString()),
    'mail.imapFolders': async () => imapFolders(db()),
    'mail.imapSync': async () => {
      const database = db();
      return ctx.jobs.start('mail.imapSync', 'Fetching new mail from the privacy mailbox', (control) =>
        syncImap(database, { signal: control.signal, progress: control.progress, now, defaultTimeZone: ctx.defaultTimeZone() }), now);
    },
    'messages.get': async ({ id }) => getMessage(db(), id),
    'messages.raw': async ({ id }) => rawMessage(db(), id),
    'attachments.get': async ({ id }) => getAttachment(db(), id),
  };
}
