// A stored case as the letter engine's LetterContext: the case and its stored deadlines, the requester,
// the organisation's profile and ladder, the steps still open to the requester, the request's
// Message-ID for threading, and what the DPO added for this one letter. Nothing is guessed: a fact
// the workspace does not hold stays absent, and the engine names it as missing.
import type { LetterExtras } from '../../../shared/contract/letters';
import { computeCaseDeadlines, type ClockEvent, type Deadline } from '../../../shared/deadlines';
import type { RequestType } from '../../../shared/domain/ids';
import { requesterNextSteps, type Ladder } from '../../../shared/escalation';
import { LETTER_LANGS, type DueKind, type LetterContext, type LetterLang, type MissingField } from '../../../shared/letters';
import type { OrganisationProfile } from '../../../shared/organisations/profile';
import { promiseForDeadline } from '../../../shared/organisations/queries';
import { escalationHistory, ladderOfCase } from '../cases/actions';
import type { CaseRow } from '../cases/rows';
import { caseEvents } from '../cases/schedule';
import { findOrganisation } from '../organisations/repo';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

export interface Threading {
  /** The request's Message-ID, bare as stored ("abc@example.org"). */
  inReplyTo?: string;
  references: string[];
}

export interface CaseLetterContext {
  context: LetterContext;
  threading: Threading;
  /** Said before the engine's own list: the case has no organisation, so its details cannot be filled. */
  caseProblems: MissingField[];
}

export const NO_ORGANISATION: MissingField = {
  field: 'case.organisation',
  label: 'the organisation the case is for (its name, address and DPO e-mail come from its profile)',
};

interface DeadlineRow { kind: string; due: string | null; governing: number }

/** Which stored deadline fills which date a letter quotes. */
export function dueDatesFrom(rows: DeadlineRow[], complaint: boolean): Partial<Record<DueKind, string>> {
  const dated = rows.filter((r) => r.due);
  const first = (kinds: string[]) => dated.filter((r) => kinds.includes(r.kind)).map((r) => r.due!).sort()[0];
  const out: Partial<Record<DueKind, string>> = {};
  const governing = dated.find((r) => r.governing === 1 && ['respond', 'respond-extended', 'promise', 'stop-sending'].includes(r.kind));
  // The answer date is the one the case is judged by; before an extension that is the plain "respond".
  const response = governing?.kind === 'respond-extended' ? first(['respond']) ?? governing.due! : governing?.due ?? first(['respond', 'promise', 'stop-sending']);
  if (response) out.response = response;
  const extended = first(['respond-extended', 'appeal-decision-extended']);
  if (extended) out.extended = extended;
  const acknowledgement = first(['acknowledge']);
  if (acknowledgement) out.acknowledgement = acknowledgement;
  if (complaint) {
    const answer = governing?.due ?? first(['respond', 'acknowledge']);
    if (answer) out['complaint-response'] = answer;
  }
  return out;
}

/**
 * The outer limit an extension would give, for an extension notice written before the extension is
 * recorded: the case's own clocks with an extension told today.
 */
function extendedIfToldToday(db: Db, row: CaseRow, org: OrganisationProfile | null, today: string): string | undefined {
  const requestTypes = JSON.parse(row.request_types_json) as RequestType[];
  const promise = org ? requestTypes.map((t) => promiseForDeadline(org, t)).find(Boolean) : undefined;
  const events: ClockEvent[] = [...caseEvents(db, row.id), { type: 'extension', date: today }];
  let deadlines: Deadline[];
  try {
    deadlines = computeCaseDeadlines({
      regimes: JSON.parse(row.regimes_json),
      requestTypes,
      receivedAt: row.received_at,
      timeZone: row.time_zone,
      ...(org ? { country: org.country, overrides: org.rulesOverrides } : {}),
      ...(promise ? { promise } : {}),
      events,
    });
  } catch {
    return undefined;
  }
  return deadlines.filter((d) => d.kind === 'respond-extended' && d.due).map((d) => d.due!).sort()[0];
}

function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.slice(0, 2)) ?? code;
  } catch {
    return code;
  }
}

function bodyLine(ladder: Ladder, stage: string): string | undefined {
  const s = ladder.stages.find((x) => x.stage === stage);
  if (!s) return undefined;
  const where = s.body.url ?? s.body.email ?? s.body.postal;
  return where ? `${s.body.name} (${where})` : s.body.name;
}

function organisationOf(org: OrganisationProfile | null, ladder: Ladder, extras: LetterExtras): LetterContext['organisation'] {
  if (!org) {
    // Blank values are "missing" to the engine, so the letter is refused with the fields named.
    return { name: '', address: '', dpoEmail: '', country: '', supervisoryAuthority: extras.supervisoryAuthority, recourseBody: extras.recourseBody };
  }
  return {
    name: org.name,
    legalName: org.legalName,
    address: [...org.address.lines, regionName(org.address.country)].join('\n'),
    dpoName: org.dpo?.name,
    dpoEmail: org.dpo?.email ?? org.contact.email,
    country: org.country,
    timeZone: org.timeZone,
    supervisoryAuthority: extras.supervisoryAuthority ?? bodyLine(ladder, 'dpa'),
    recourseBody: extras.recourseBody ?? ladder.stages.find((s) => s.stage === 'recourse-body')?.body.name,
    erasureExceptions: org.erasureExceptions.map((e) => e.summary),
    ladder: ladder.stages.map((s) => ({
      stage: s.stage,
      name: s.body.name,
      ...(s.body.url ?? s.body.email ?? s.body.postal ? { contact: s.body.url ?? s.body.email ?? s.body.postal } : {}),
    })),
  };
}

/** The latest request e-mail of the case, which a reply threads under. */
export function threadingOf(db: Db, caseId: number): Threading {
  const row = stmt(db, `SELECT message_id, references_json FROM messages WHERE case_id = ? AND direction = 'in' AND message_id IS NOT NULL
    ORDER BY received_at DESC, id DESC LIMIT 1`).get(caseId) as { message_id: string; references_json: string } | undefined;
  if (!row) return { references: [] };
  const refs = (JSON.parse(row.references_json) as string[]).filter((r) => typeof r === 'string' && r.trim());
  return { inReplyTo: row.message_id, references: refs };
}

/** The letter extras without the keys that override case facts. */
function letterPart(extras: LetterExtras): LetterContext['letter'] {
  const { requesterReplyBy: _r, supervisoryAuthority: _s, recourseBody: _b, externalRef: _e, ...letter } = extras;
  return letter;
}

export function letterContextForCase(db: Db, row: CaseRow, extras: LetterExtras, today: string): CaseLetterContext {
  const org = findOrganisation(db, row.organisation_id);
  const ladder = ladderOfCase(db, row);
  const history = escalationHistory(db, row.id);
  const complaint = row.kind === 'complaint';
  const deadlines = stmt(db, 'SELECT kind, due, governing FROM deadlines WHERE case_id = ?').all(row.id) as DeadlineRow[];
  const dueDates = dueDatesFrom(deadlines, complaint);
  if (!dueDates.extended) {
    const extended = extendedIfToldToday(db, row, org, today);
    if (extended) dueDates.extended = extended;
  }
  if (extras.requesterReplyBy) dueDates['requester-reply'] = extras.requesterReplyBy;

  const nextSteps: Partial<Record<LetterLang, string[]>> = {};
  for (const lang of LETTER_LANGS) {
    const steps = requesterNextSteps(ladder, history, lang);
    // Only in the letter's own language; otherwise the engine words the ladder itself.
    if (steps.lang === lang && steps.paragraphs.length) nextSteps[lang] = steps.paragraphs;
  }
  const externalRef = extras.externalRef ?? [...history].reverse().find((h) => h.externalRef)?.externalRef;

  const context: LetterContext = {
    case: {
      ref: row.ref,
      requestTypes: JSON.parse(row.request_types_json),
      regimes: JSON.parse(row.regimes_json),
      receivedAt: row.received_at,
      dueDates,
      ...(row.language ? { language: row.language } : org ? { language: org.languages[0] } : {}),
      ...(row.subject ? { subject: row.subject } : {}),
      ...(externalRef ? { externalRef } : {}),
    },
    requester: { name: row.requester_name, email: row.requester_email },
    organisation: organisationOf(org, ladder, extras),
    letter: { ...letterPart(extras), ...(Object.keys(nextSteps).length ? { nextSteps } : {}) },
    today,
  };
  return { context, threading: threadingOf(db, row.id), caseProblems: org ? [] : [NO_ORGANISATION] };
}
