// Accepting a message from the queue: it opens a case (the clock starts at the message's received
// instant) or joins the case it continues. Waiting messages of the same thread follow it into the
// case. Each step is audited in the same transaction.
import { HostError } from '../../../../shared/contract/define';
import type { AcceptOverrides } from '../../../../shared/contract/triage';
import type { Jurisdiction, Regime, RequestType } from '../../../../shared/domain/ids';
import { createCase, getCaseRow } from '../../cases/repo';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { loadOrgContacts, matchOrganisation } from './organisations';
import { findThreadCase, pendingThreadMates, type ThreadMatch } from './threading-store';
import { parseStoredTriage } from './triage-queue';

export interface AcceptContext { now: Date; defaultTimeZone: string }

interface MessageRow {
  id: number;
  message_key: string | null;
  subject: string;
  from_name: string;
  from_email: string;
  to_json: string;
  received_at: string;
  triage_json: string | null;
  triage_status: string;
  case_id: number | null;
}

const REGIME_OF_JURISDICTION: Record<Jurisdiction, Regime | null> = { eu: 'gdpr', uk: 'uk-gdpr', ch: 'ch-fadp', 'us-ca': 'ccpa', 'us-other': 'us-state', other: null };

function messageRow(db: Db, id: number): MessageRow {
  const row = stmt(db, 'SELECT id, message_key, subject, from_name, from_email, to_json, received_at, triage_json, triage_status, case_id FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
  if (!row) throw new HostError('not-found', `There is no message ${id} in this workspace.`);
  return row;
}

/** The case a stored message continues, looked up again now (cases may have opened since it was imported). */
export function threadOfStored(db: Db, id: number): ThreadMatch | null {
  const row = messageRow(db, id);
  const keys = stmt(db, 'SELECT kind, key FROM message_keys WHERE message_id = ?').all(id) as { kind: string; key: string }[];
  const of = (kind: string) => keys.filter((k) => k.kind === kind).map((k) => k.key);
  return findThreadCase(db, { messageId: row.message_key, ancestors: of('ancestor'), caseRefs: of('case-ref'), externalRefs: of('external-ref') }, id);
}

/** Puts one message (and its attachments) into a case. */
export function joinCase(db: Db, id: number, target: { id: number; ref: string }, how: string, nowIso: string): void {
  const row = messageRow(db, id);
  if (row.case_id === target.id) return;
  stmt(db, `UPDATE messages SET case_id = ?, thread_case_id = ?, triage_status = 'accepted', decided_at = ? WHERE id = ?`).run(target.id, target.id, nowIso, id);
  stmt(db, 'UPDATE attachments SET case_id = ? WHERE message_id = ?').run(target.id, id);
  stmt(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(nowIso, target.id);
  const from = row.from_name ? `${row.from_name} <${row.from_email}>` : row.from_email || 'an unknown sender';
  appendAudit(db, { action: 'case.message-added', entity: 'case', entityId: target.ref, at: nowIso, data: { summary: `Message from ${from} added (${how}): ${row.subject || '(no subject)'}`, messageId: id, how } });
}

/** After a message lands in a case, the waiting replies and originals of its thread join it too. */
function bringThreadMates(db: Db, id: number, target: { id: number; ref: string }, nowIso: string): number[] {
  const mates = pendingThreadMates(db, id);
  for (const m of mates) joinCase(db, m, target, 'same thread', nowIso);
  return mates;
}

function requesterOf(row: MessageRow, overrides: AcceptOverrides | undefined): { name: string; email: string } {
  if (overrides?.requester) return overrides.requester;
  const t = parseStoredTriage(row.triage_json).triage;
  const email = (t?.requester.email ?? t?.requester.agent?.email ?? row.from_email).trim().toLowerCase();
  if (!email) throw new HostError('missing-fields', `Message ${row.id} ("${row.subject}") has no sender address. Give the requester's e-mail to open a case.`);
  const name = (t?.requester.name ?? row.from_name).trim() || email.split('@')[0];
  return { name, email };
}

function openCaseFor(db: Db, row: MessageRow, overrides: AcceptOverrides | undefined, ctx: AcceptContext): { id: number; ref: string } {
  const t = parseStoredTriage(row.triage_json).triage;
  const requestTypes = (overrides?.requestTypes ?? t?.requestTypes ?? []).filter((x: RequestType) => x !== 'not-privacy');
  if (!requestTypes.length) {
    throw new HostError('missing-fields', `Message ${row.id} ("${row.subject}") was judged not to be a privacy matter. Correct its type, or mark it not-privacy.`);
  }
  const jurisdiction = overrides?.jurisdiction ?? t?.jurisdiction ?? undefined;
  const orgs = loadOrgContacts(db);
  const org = overrides?.organisationId ? orgs.find((o) => o.id === overrides.organisationId) ?? null : matchOrganisation(orgs, [...JSON.parse(row.to_json), ...(parseStoredTriage(row.triage_json).cc ?? [])]);
  let regimes = overrides?.regimes ?? t?.regimes ?? [];
  if (!regimes.length) {
    const fallback = (jurisdiction && REGIME_OF_JURISDICTION[jurisdiction]) ?? null;
    if (!fallback) throw new HostError('missing-fields', `Message ${row.id} ("${row.subject}") has no regime suggestion. Choose the regime to open a case.`);
    regimes = [fallback];
  }
  const language = t?.language && t.language !== 'und' ? t.language : undefined;
  return createCase(db, {
    requestTypes,
    regimes,
    jurisdiction,
    receivedAt: row.received_at,
    timeZone: overrides?.timeZone,
    requester: requesterOf(row, overrides),
    subject: row.subject.slice(0, 500),
    channel: 'email',
    organisationId: overrides?.organisationId ?? org?.id,
    language,
  }, ctx);
}

export interface AcceptOutcome { id: number; caseRef: string; created: boolean; joined: number[] }

/** Accepts one message; call inside a transaction. */
export function acceptOne(db: Db, id: number, overrides: AcceptOverrides | undefined, ctx: AcceptContext): AcceptOutcome {
  const row = messageRow(db, id);
  const nowIso = ctx.now.toISOString();
  if (row.triage_status === 'accepted' && row.case_id) {
    const ref = (stmt(db, 'SELECT ref FROM cases WHERE id = ?').get(row.case_id) as { ref: string }).ref;
    return { id, caseRef: ref, created: false, joined: [] };
  }
  let target: { id: number; ref: string } | null = null;
  let how = 'accepted from triage';
  if (overrides?.caseRef) {
    const c = getCaseRow(db, overrides.caseRef);
    target = { id: c.id, ref: c.ref };
    how = 'added to this case from triage';
  } else if (!overrides?.newCase) {
    const thread = threadOfStored(db, id);
    if (thread) {
      target = { id: thread.caseId, ref: thread.ref };
      how = thread.via;
    }
  }
  const created = !target;
  if (!target) target = openCaseFor(db, row, overrides, ctx);
  joinCase(db, id, target, created ? 'the message that opened the case' : how, nowIso);
  const joined = bringThreadMates(db, id, target, nowIso);
  return { id, caseRef: target.ref, created, joined };
}

export function acceptMessages(db: Db, ids: readonly number[], overrides: AcceptOverrides | undefined, ctx: AcceptContext): AcceptOutcome[] {
  return db.transaction(() => ids.map((id) => acceptOne(db, id, overrides, ctx)))();
}

export function mergeMessages(db: Db, ids: readonly number[], caseRef: string, ctx: AcceptContext): { caseRef: string; merged: number } {
  return db.transaction(() => {
    const c = getCaseRow(db, caseRef);
    let merged = 0;
    for (const id of ids) {
      const row = messageRow(db, id);
      if (row.case_id === c.id) continue;
      if (row.case_id) throw new HostError('conflict', `Message ${id} is already in another case; it stays there.`);
      joinCase(db, id, { id: c.id, ref: c.ref }, 'merged by the DPO', ctx.now.toISOString());
      merged++;
    }
    return { caseRef: c.ref, merged };
  })();
}
