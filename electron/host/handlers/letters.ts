// Host methods for response letters: templates, preview, versioned drafts, finalise, export, send,
// and the outgoing mail server's settings.
import type { HostImpl } from '../../../shared/contract';
import type { LetterView } from '../../../shared/contract/letters';
import type { HostContext } from '../context';
import { getCaseRow } from '../cases/repo';
import { correspondenceOfCase, correspondenceOfSeries, exportLetterOfCase, saveSmtp, sendLetterOfCase, smtpView } from '../letters/deliver';
import { caseRowById, freeze, getLetterRow, letterOf, listLetters, previewLetter, saveDraft, seriesVersions, summaryOf } from '../letters/drafts';
import { templateViews } from '../letters/template-views';
import type { LetterExtras } from '../../../shared/contract/letters';

type LetterMethods =
  | 'letters.templates' | 'letters.preview' | 'letters.saveDraft' | 'letters.list' | 'letters.get' | 'letters.finalise'
  | 'letters.export' | 'letters.send' | 'letters.correspondence' | 'smtp.settings.get' | 'smtp.settings.save';

export function letterHandlers(ctx: HostContext): Pick<HostImpl, LetterMethods> {
  const db = () => ctx.workspace.database();
  const nowIso = () => ctx.ports.now().toISOString();
  // "Today" on a letter is the day in the case's own time zone.
  const todayOfCase = (zone: string) => ctx.today(zone);
  const todayOfLetter = (letterId: number) => todayOfCase(caseRowById(db(), getLetterRow(db(), letterId).case_id).time_zone);

  return {
    'letters.templates': async () => templateViews(),
    'letters.preview': async (input) => {
      const { rendered: _r, built: _b, ...view } = previewLetter(db(), input, todayOfCase(getCaseRow(db(), input.ref).time_zone));
      return view;
    },
    'letters.saveDraft': async (input) => saveDraft(db(), input, nowIso(), todayOfCase(getCaseRow(db(), input.ref).time_zone)),
    'letters.list': async (q) => listLetters(db(), q),
    'letters.get': async ({ letterId }) => {
      const row = getLetterRow(db(), letterId);
      const summary = summaryOf(db(), letterId);
      const shown = letterOf(db(), row, todayOfLetter(letterId));
      const preview: LetterView['preview'] = 'frozen' in shown
        ? { lang: row.language, letter: shown.frozen, missing: [], problem: null, editableBody: null }
        : { lang: shown.lang, letter: shown.letter, missing: shown.missing, problem: shown.problem, editableBody: shown.editableBody };
      return {
        ...summary,
        extras: JSON.parse(row.extras_json) as LetterExtras,
        body: row.body,
        subject: row.subject,
        locked: row.status !== 'draft',
        preview,
        versions: seriesVersions(db(), row.series_id),
        correspondence: correspondenceOfSeries(db(), row.series_id),
      };
    },
    'letters.finalise': async ({ letterId }) => {
      const d = db();
      const row = getLetterRow(d, letterId);
      d.transaction(() => freeze(d, row, nowIso(), todayOfLetter(letterId), 'finalised'))();
      return { letterId, status: getLetterRow(d, letterId).status };
    },
    'letters.export': async ({ letterId, format, attachments, attachPdf }) => {
      const r = await exportLetterOfCase(db(), letterId, format, { attachments, attachPdf, nowIso: nowIso(), today: todayOfLetter(letterId) });
      return { base64: r.exported.bytes.toString('base64'), fileName: r.exported.fileName, sha256: r.exported.record.sha256, bytes: r.exported.bytes.length, correspondenceId: r.correspondenceId, ...(r.exported.messageId ? { messageId: r.exported.messageId } : {}) };
    },
    'letters.send': async ({ letterId, attachments, attachPdf }) => {
      const r = await sendLetterOfCase(db(), letterId, { attachments, attachPdf, nowIso: nowIso(), today: todayOfLetter(letterId) });
      return {
        base64: r.exported.bytes.toString('base64'), fileName: r.exported.fileName, sha256: r.exported.record.sha256, bytes: r.exported.bytes.length,
        correspondenceId: r.correspondenceId, ...(r.exported.messageId ? { messageId: r.exported.messageId } : {}), recipient: r.recipient, response: r.response,
      };
    },
    'letters.correspondence': async ({ ref }) => correspondenceOfCase(db(), getCaseRow(db(), ref).id),
    'smtp.settings.get': async () => smtpView(db()),
    'smtp.settings.save': async (input) => saveSmtp(db(), input, nowIso()),
  };
}
