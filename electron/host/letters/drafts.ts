// Letters kept in the case file. A letter is a series of versions; every save writes a new row and
// earlier versions stay as they were. Finalising (or exporting, or sending) freezes the rendered
// letter in the row, so the words filed are the words that went out; a frozen letter is never edited.
import { HostError } from '../../../shared/contract/define';
import type { LetterExtras, LetterStatus, LetterSummary, PreviewView } from '../../../shared/contract/letters';
import {
  describeProblem, editableBody, findTemplate, letterLanguage, renderLetter, type LetterLang, type RenderedLetter,
} from '../../../shared/letters';
import { getCaseRow } from '../cases/repo';
import { CASE_SELECT, type CaseRow } from '../cases/rows';
import { appendAudit } from '../store/audit';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';
import { letterContextForCase, type CaseLetterContext } from './context-from-case';

export interface LetterRow {
  id: number;
  case_id: number;
  series_id: number;
  template_id: string;
  language: LetterLang;
  version: number;
  status: LetterStatus;
  subject: string;
  body: string;
  extras_json: string;
  rendered_json: string | null;
  created_at: string;
  finalised_at: string | null;
  sent_at: string | null;
}

export interface DraftInput {
  ref: string;
  templateId: string;
  lang?: LetterLang;
  extras: LetterExtras;
  body?: string;
  subject?: string;
}

const ORG_FRAME = ['org.name', 'org.address', 'org.dpoEmail'];
const isLocked = (status: LetterStatus) => status !== 'draft';

/** The language a letter for this case is written in, the template's text checked. */
export function chooseLanguage(templateId: string, requested: string | undefined, ctx: CaseLetterContext): LetterLang {
  if (!findTemplate(templateId)) throw new HostError('not-found', `There is no letter template "${templateId}".`);
  return letterLanguage(templateId, ctx.context, requested);
}

export function previewLetter(db: Db, input: DraftInput, today: string): PreviewView & { rendered?: RenderedLetter; built: CaseLetterContext } {
  const row = getCaseRow(db, input.ref);
  const built = letterContextForCase(db, row, input.extras, today);
  const lang = chooseLanguage(input.templateId, input.lang, built);
  const body = input.body?.trim() ? input.body : undefined;
  const subject = input.subject?.trim() || undefined;
  let result = renderLetter(input.templateId, lang, built.context, body ? { body, subject } : undefined);
  // A changed subject alone keeps the template's body, merged, as the edited text.
  if (result.ok && subject && !body) result = renderLetter(input.templateId, lang, built.context, { subject, body: editableBody(result.letter) });
  if (result.ok) {
    const letter = result.letter;
    return { lang, letter, missing: [], problem: null, editableBody: editableBody(letter), rendered: letter, built };
  }
  const p = result.problem;
  if (p.kind === 'missing-fields') {
    // Without an organisation, its name, address and e-mail are one missing fact, named once.
    const fields = [...built.caseProblems, ...p.fields.filter((f) => !(built.caseProblems.length && ORG_FRAME.includes(f.field)))];
    return { lang, letter: null, missing: fields, problem: null, editableBody: null, built };
  }
  return { lang, letter: null, missing: [], problem: describeProblem(p), editableBody: null, built };
}

function nextVersion(db: Db, seriesId: number): number {
  return ((stmt(db, 'SELECT max(version) AS v FROM letters WHERE coalesce(series_id, id) = ?').get(seriesId) as { v: number | null }).v ?? 0) + 1;
}

export function latestOfSeries(db: Db, seriesId: number): LetterRow {
  return stmt(db, 'SELECT *, coalesce(series_id, id) AS series_id FROM letters WHERE coalesce(series_id, id) = ? ORDER BY version DESC LIMIT 1').get(seriesId) as LetterRow;
}

export function getLetterRow(db: Db, letterId: number): LetterRow {
  const row = stmt(db, 'SELECT *, coalesce(series_id, id) AS series_id FROM letters WHERE id = ?').get(letterId) as LetterRow | undefined;
  if (!row) throw new HostError('not-found', `There is no letter ${letterId} in this workspace.`);
  return row;
}

export function caseRowById(db: Db, caseId: number): CaseRow {
  return stmt(db, `${CASE_SELECT} WHERE c.id = ?`).get(caseId) as CaseRow;
}

export function lockedMessage(row: LetterRow, ref: string): string {
  return `Letter ${row.id} (${row.template_id}, version ${row.version}, case ${ref}) is ${row.status} and locked; make a new version to change it.`;
}

export function saveDraft(db: Db, input: DraftInput & { letterId?: number; newVersion: boolean }, nowIso: string, today: string): { letterId: number; seriesId: number; version: number } {
  const caseRow = getCaseRow(db, input.ref);
  const built = letterContextForCase(db, caseRow, input.extras, today);
  const lang = chooseLanguage(input.templateId, input.lang, built);
  return db.transaction(() => {
    let seriesId: number | null = null;
    if (input.letterId !== undefined) {
      const from = getLetterRow(db, input.letterId);
      if (from.case_id !== caseRow.id) throw new HostError('conflict', `Letter ${from.id} belongs to another case.`);
      const latest = latestOfSeries(db, from.series_id);
      if (isLocked(latest.status) && !input.newVersion) throw new HostError('conflict', lockedMessage(latest, caseRow.ref));
      seriesId = from.series_id;
    }
    const version = seriesId === null ? 1 : nextVersion(db, seriesId);
    const info = stmt(db, `INSERT INTO letters (case_id, series_id, template_id, language, version, status, subject, body, extras_json, created_at)
      VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`).run(caseRow.id, seriesId, input.templateId, lang, version, input.subject?.trim() ?? '', input.body?.trim() ? input.body : '', JSON.stringify(input.extras), nowIso);
    const letterId = Number(info.lastInsertRowid);
    if (seriesId === null) {
      seriesId = letterId;
      stmt(db, 'UPDATE letters SET series_id = ? WHERE id = ?').run(seriesId, letterId);
    }
    appendAudit(db, {
      action: 'letter.saved', entity: 'case', entityId: caseRow.ref, at: nowIso,
      data: { summary: `Letter draft saved: ${input.templateId} (${lang}), version ${version}`, letterId, seriesId, version, templateId: input.templateId, lang, edited: !!input.body?.trim() },
    });
    return { letterId, seriesId, version };
  })();
}

/** A draft rendered from its saved extras and text, today; or the frozen letter of a locked one. */
export function letterOf(db: Db, row: LetterRow, today: string): ReturnType<typeof previewLetter> | { frozen: RenderedLetter } {
  if (row.rendered_json) return { frozen: JSON.parse(row.rendered_json) as RenderedLetter };
  const caseRow = caseRowById(db, row.case_id);
  return previewLetter(db, { ref: caseRow.ref, templateId: row.template_id, lang: row.language, extras: JSON.parse(row.extras_json), body: row.body, subject: row.subject }, today);
}

/**
 * Freezes a draft's letter. Refused with the missing fields named when it cannot be written whole.
 * Call inside a transaction; returns the frozen letter.
 */
export function freeze(db: Db, row: LetterRow, nowIso: string, today: string, reason: 'finalised' | 'exported' | 'sent'): RenderedLetter {
  if (row.rendered_json) return JSON.parse(row.rendered_json) as RenderedLetter;
  const caseRow = caseRowById(db, row.case_id);
  const latest = latestOfSeries(db, row.series_id);
  if (latest.id !== row.id) throw new HostError('conflict', `Letter ${row.id} is version ${row.version}; version ${latest.version} is newer. Open the newest version to finalise it.`);
  const p = previewLetter(db, { ref: caseRow.ref, templateId: row.template_id, lang: row.language, extras: JSON.parse(row.extras_json), body: row.body, subject: row.subject }, today);
  if (!p.rendered) {
    if (p.missing.length) {
      throw new HostError('missing-fields', `The letter cannot be finalised yet; missing: ${p.missing.map((f) => `${f.label} (${f.field})`).join(', ')}.`, { fields: p.missing });
    }
    throw new HostError('invalid-input', p.problem ?? 'The letter cannot be written.');
  }
  stmt(db, `UPDATE letters SET status = 'finalised', finalised_at = ?, rendered_json = ? WHERE id = ?`).run(nowIso, JSON.stringify(p.rendered), row.id);
  appendAudit(db, {
    action: 'letter.finalised', entity: 'case', entityId: caseRow.ref, at: nowIso,
    data: { summary: `Letter finalised: ${row.template_id} (${row.language}), version ${row.version}${reason === 'finalised' ? '' : ` (on ${reason === 'exported' ? 'export' : 'sending'})`}`, letterId: row.id, version: row.version, reason },
  });
  return p.rendered;
}

interface SummaryRow extends LetterRow { ref: string; requester_name: string; latest_version: number }

// A letter written by another path (an import of old records, a test fixture) may have no series:
// it is then a series of its own.
const SUMMARY_SELECT = `SELECT l.*, coalesce(l.series_id, l.id) AS series_id, c.ref, p.name AS requester_name,
  (SELECT max(version) FROM letters x WHERE coalesce(x.series_id, x.id) = coalesce(l.series_id, l.id)) AS latest_version
  FROM letters l JOIN cases c ON c.id = l.case_id JOIN parties p ON p.id = c.requester_id`;

function toSummary(r: SummaryRow): LetterSummary {
  return {
    letterId: r.id, seriesId: r.series_id, version: r.version, caseRef: r.ref, requesterName: r.requester_name,
    templateId: r.template_id, templateTitle: findTemplate(r.template_id)?.texts.en.title ?? r.template_id, lang: r.language,
    status: r.status, createdAt: r.created_at, finalisedAt: r.finalised_at, sentAt: r.sent_at, latest: r.version === r.latest_version,
  };
}

export function listLetters(db: Db, q: { ref?: string; status?: LetterStatus; latestOnly: boolean; limit: number }): LetterSummary[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit };
  if (q.ref) {
    where.push('l.case_id = @caseId');
    params.caseId = getCaseRow(db, q.ref).id;
  }
  if (q.status) {
    where.push('l.status = @status');
    params.status = q.status;
  }
  if (q.latestOnly) where.push('l.version = (SELECT max(version) FROM letters x WHERE x.series_id = l.series_id)');
  const sql = `${SUMMARY_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.created_at DESC, l.id DESC LIMIT @limit`;
  return (stmt(db, sql).all(params) as SummaryRow[]).map(toSummary);
}

export function seriesVersions(db: Db, seriesId: number): LetterSummary[] {
  return (stmt(db, `${SUMMARY_SELECT} WHERE l.series_id = ? ORDER BY l.version`).all(seriesId) as SummaryRow[]).map(toSummary);
}

export function summaryOf(db: Db, letterId: number): LetterSummary {
  return toSummary(stmt(db, `${SUMMARY_SELECT} WHERE l.id = ?`).get(letterId) as SummaryRow);
}
