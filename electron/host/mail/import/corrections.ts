// The DPO's corrections of a suggestion, and setting messages aside. Both teach triage on this
// computer: the learned model (hashed word features, no text) is kept in the encrypted database.
import { HostError } from '../../../../shared/contract/define';
import type { DismissReason } from '../../../../shared/contract/triage';
import type { Jurisdiction, Regime, RequestType } from '../../../../shared/domain/ids';
import { learnCorrection, suggestRegimes, type Correction } from '../../../../shared/triage';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { DueEstimator } from './due';
import { loadOrgContacts, matchOrganisation } from './organisations';
import { CORRECTIONS_KEY, loadCorrections, writeSecret } from './secrets';
import { parseStoredTriage } from './triage-queue';

interface Row { id: number; subject: string; text_body: string; triage_json: string | null; triage_status: string; received_at: string; to_json: string }

function row(db: Db, id: number): Row {
  const r = stmt(db, 'SELECT id, subject, text_body, triage_json, triage_status, received_at, to_json FROM messages WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw new HostError('not-found', `There is no message ${id} in this workspace.`);
  return r;
}

function learn(db: Db, r: Row, correction: Correction, nowIso: string): void {
  writeSecret(db, CORRECTIONS_KEY, learnCorrection(loadCorrections(db), { subject: r.subject, text: r.text_body.slice(0, 60_000) }, correction), nowIso);
}

export interface CorrectInput { id: number; requestType?: RequestType; jurisdiction?: Jurisdiction; regimes?: Regime[] }

export function correctMessage(db: Db, input: CorrectInput, ctx: { now: Date; defaultTimeZone: string }): void {
  if (!input.requestType && !input.jurisdiction && !input.regimes) throw new HostError('invalid-input', 'Say what to correct: the request type, the jurisdiction or the regimes.');
  const nowIso = ctx.now.toISOString();
  db.transaction(() => {
    const r = row(db, input.id);
    const stored = parseStoredTriage(r.triage_json);
    const before = stored.triage;
    const requestType = input.requestType ?? before?.requestType ?? 'inquiry';
    const jurisdiction = input.jurisdiction ?? before?.jurisdiction ?? 'other';
    const regimes = input.regimes ?? (input.requestType || input.jurisdiction ? suggestRegimes(jurisdiction, requestType, {}, before?.marketingOptOut ?? false) : before?.regimes ?? []);
    const requestTypes = [requestType, ...(before?.requestTypes ?? []).filter((t) => t !== requestType && (requestType !== 'not-privacy'))];
    const triage = {
      ...(before ?? { language: 'und', subjectHasPrivacyPolicy: false, fromBody: null, externalRefs: [], caseRefs: [], requester: { name: null, email: null, source: 'from' as const }, marketingOptOut: false, confidence: 1, explanation: [] }),
      requestType,
      requestTypes,
      jurisdiction,
      regimes,
      confidence: 1,
    };
    triage.explanation = [`corrected by the DPO to ${requestType} (${jurisdiction}; ${regimes.join(', ') || 'no regime'})`, ...(before?.explanation ?? []).filter((e) => !e.startsWith('corrected by the DPO'))];
    const org = matchOrganisation(loadOrgContacts(db), JSON.parse(r.to_json));
    const due = new DueEstimator(ctx.defaultTimeZone).estimate(requestTypes, regimes, r.received_at, org);
    const corrected = { ...(input.requestType ? { requestType } : {}), ...(input.jurisdiction ? { jurisdiction } : {}), ...(input.regimes ? { regimes } : {}), at: nowIso };
    stmt(db, 'UPDATE messages SET triage_json = ?, request_type = ?, provisional_due = ? WHERE id = ?').run(JSON.stringify({ ...stored, triage, corrected }), requestType, due, r.id);
    learn(db, r, { ...(input.requestType ? { requestType } : {}), ...(input.jurisdiction ? { jurisdiction } : {}) }, nowIso);
    appendAudit(db, { action: 'message.corrected', entity: 'message', entityId: r.id, at: nowIso, data: { summary: `Triage corrected: ${before?.requestType ?? 'none'} → ${requestType}, ${before?.jurisdiction ?? 'none'} → ${jurisdiction}`, before: before ? { requestType: before.requestType, jurisdiction: before.jurisdiction, regimes: before.regimes } : null, after: { requestType, jurisdiction, regimes } } });
  })();
}

export function dismissMessages(db: Db, ids: readonly number[], reason: DismissReason, now: Date): number {
  const nowIso = now.toISOString();
  return db.transaction(() => {
    let n = 0;
    for (const id of ids) {
      const r = row(db, id);
      if (r.triage_status === 'accepted') throw new HostError('conflict', `Message ${id} is already in a case; it cannot be set aside from triage.`);
      if (r.triage_status === 'dismissed') continue;
      stmt(db, `UPDATE messages SET triage_status = 'dismissed', dismiss_reason = ?, decided_at = ? WHERE id = ?`).run(reason, nowIso, id);
      // "Not privacy" and "spam" are corrections too; a duplicate says nothing about the wording.
      const stored = parseStoredTriage(r.triage_json);
      if (reason !== 'duplicate' && stored.triage?.requestType !== 'not-privacy') learn(db, r, { requestType: 'not-privacy' }, nowIso);
      appendAudit(db, { action: 'message.dismissed', entity: 'message', entityId: id, at: nowIso, data: { summary: `Set aside as ${reason}: ${r.subject || '(no subject)'}`, reason } });
      n++;
    }
    return n;
  })();
}
