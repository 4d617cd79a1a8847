// Every change to the workspace writes an audit event. Each event's hash covers its content and the
// previous event's hash, so editing or deleting an event in the middle breaks the chain.
import { createHash } from 'node:crypto';
import type { Db } from './database';
import { stmt } from './statements';

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | number;
  data?: Record<string, unknown>;
  actor?: string;
  at?: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  data_json: string;
  prev_hash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function eventHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.data_json, row.prev_hash]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Append an event. Call inside the same transaction as the change it records. */
export function appendAudit(db: Db, input: AuditInput): AuditRow {
  const last = stmt(db, 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at ?? new Date().toISOString(),
    actor: input.actor ?? 'dpo',
    action: input.action,
    entity: input.entity,
    entity_id: String(input.entityId),
    data_json: JSON.stringify(input.data ?? {}),
    prev_hash: last?.hash ?? GENESIS,
  };
  const full: AuditRow = { ...row, hash: eventHash(row) };
  stmt(db, 'INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, data_json, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @data_json, @prev_hash, @hash)').run(full);
  return full;
}

export interface AuditVerification { ok: boolean; events: number; firstBadSeq: number | null; message: string }

export function verifyAuditChain(rows: Iterable<AuditRow>): AuditVerification {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (const row of rows) {
    count++;
    if (row.seq !== expectedSeq) return fail(expectedSeq, count - 1, `event ${expectedSeq} is missing: the log jumps to ${row.seq}`);
    if (row.prev_hash !== prev) return fail(row.seq, count - 1, `event ${row.seq} does not follow event ${row.seq - 1}: the log was edited`);
    const { hash, ...rest } = row;
    if (eventHash(rest) !== hash) return fail(row.seq, count - 1, `event ${row.seq} (${row.action}) was changed after it was written`);
    prev = hash;
    expectedSeq++;
  }
  return { ok: true, events: count, firstBadSeq: null, message: `The audit log is intact: ${count} events, each chained to the one before.` };
}

function fail(seq: number, events: number, message: string): AuditVerification {
  return { ok: false, events, firstBadSeq: seq, message: `The audit log has been tampered with: ${message}.` };
}

export function verifyAudit(db: Db): AuditVerification {
  return verifyAuditChain(stmt(db, 'SELECT * FROM audit_events ORDER BY seq').iterate() as Iterable<AuditRow>);
}

export function auditFor(db: Db, entity: string, entityId: string | number): AuditRow[] {
  return stmt(db, 'SELECT * FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY seq').all(entity, String(entityId)) as AuditRow[];
}
