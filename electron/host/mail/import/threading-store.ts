// Finding a message's case in the store, whichever order the thread arrives in. Every stored
// message keeps its keys (Message-ID, the IDs it replies to, our case refs, outside references),
// so a lookup works both ways: a reply finds its original's case, and an original finds the case
// its earlier-imported replies already joined.
import type { ThreadKeys } from '../../../../shared/triage';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';

export interface ThreadMatch {
  caseId: number;
  ref: string;
  /** Why, in words a DPO can check. */
  via: string;
}

type KeySource = Pick<ThreadKeys, 'messageId' | 'ancestors' | 'caseRefs' | 'externalRefs'>;

const caseById = (db: Db, id: number) => stmt(db, 'SELECT id, ref FROM cases WHERE id = ?').get(id) as { id: number; ref: string } | undefined;

export function storeThreadKeys(db: Db, messageRowId: number, keys: KeySource): void {
  const insert = stmt(db, 'INSERT INTO message_keys (message_id, kind, key) VALUES (?, ?, ?)');
  for (const a of keys.ancestors) insert.run(messageRowId, 'ancestor', a);
  for (const r of keys.caseRefs) insert.run(messageRowId, 'case-ref', r.toUpperCase());
  for (const r of keys.externalRefs) insert.run(messageRowId, 'external-ref', r.toUpperCase());
}

/** The case a message belongs with, or null. Our own case ref wins, then thread headers, then outside references. */
export function findThreadCase(db: Db, keys: KeySource, exceptRowId = 0): ThreadMatch | null {
  for (const ref of keys.caseRefs) {
    const row = stmt(db, 'SELECT id, ref FROM cases WHERE ref = ?').get(ref.toUpperCase()) as { id: number; ref: string } | undefined;
    if (row) return { caseId: row.id, ref: row.ref, via: `subject or body names ${row.ref}` };
  }
  for (const id of keys.ancestors) {
    const row = stmt(db, `SELECT COALESCE(case_id, thread_case_id) AS c FROM messages WHERE message_key = ? AND id != ? AND COALESCE(case_id, thread_case_id) IS NOT NULL LIMIT 1`).get(id, exceptRowId) as { c: number } | undefined;
    const found = row && caseById(db, row.c);
    if (found) return { caseId: found.id, ref: found.ref, via: `replies to <${id}>, a message of ${found.ref}` };
  }
  if (keys.messageId) {
    const row = stmt(db, `SELECT COALESCE(m.case_id, m.thread_case_id) AS c FROM message_keys k JOIN messages m ON m.id = k.message_id
      WHERE k.kind = 'ancestor' AND k.key = ? AND m.id != ? AND COALESCE(m.case_id, m.thread_case_id) IS NOT NULL LIMIT 1`).get(keys.messageId, exceptRowId) as { c: number } | undefined;
    const found = row && caseById(db, row.c);
    if (found) return { caseId: found.id, ref: found.ref, via: `a reply already in ${found.ref} answers this message` };
  }
  for (const ref of keys.externalRefs) {
    const key = ref.toUpperCase();
    const step = stmt(db, 'SELECT case_id FROM escalation_steps WHERE upper(external_ref) = ? ORDER BY id DESC LIMIT 1').get(key) as { case_id: number } | undefined;
    const fromStep = step && caseById(db, step.case_id);
    if (fromStep) return { caseId: fromStep.id, ref: fromStep.ref, via: `reference ${ref} is on the escalation of ${fromStep.ref}` };
    const row = stmt(db, `SELECT m.case_id AS c FROM message_keys k JOIN messages m ON m.id = k.message_id
      WHERE k.kind = 'external-ref' AND k.key = ? AND m.id != ? AND m.case_id IS NOT NULL ORDER BY m.id DESC LIMIT 1`).get(key, exceptRowId) as { c: number } | undefined;
    const found = row && caseById(db, row.c);
    if (found) return { caseId: found.id, ref: found.ref, via: `reference ${ref} appeared on earlier mail of ${found.ref}` };
  }
  return null;
}

/**
 * Messages still waiting in triage that belong to the same thread as `rowId` (its replies and
 * the messages it replies to, followed to the end of the thread).
 */
export function pendingThreadMates(db: Db, rowId: number): number[] {
  const seen = new Set<number>([rowId]);
  const queue = [rowId];
  const mates: number[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    const me = stmt(db, 'SELECT message_key FROM messages WHERE id = ?').get(id) as { message_key: string | null } | undefined;
    const linked: number[] = [];
    if (me?.message_key) {
      for (const r of stmt(db, `SELECT message_id AS id FROM message_keys WHERE kind = 'ancestor' AND key = ?`).all(me.message_key) as { id: number }[]) linked.push(r.id);
    }
    for (const r of stmt(db, `SELECT m.id FROM message_keys k JOIN messages m ON m.message_key = k.key WHERE k.kind = 'ancestor' AND k.message_id = ?`).all(id) as { id: number }[]) linked.push(r.id);
    for (const other of linked) {
      if (seen.has(other)) continue;
      seen.add(other);
      const row = stmt(db, `SELECT triage_status FROM messages WHERE id = ?`).get(other) as { triage_status: string } | undefined;
      if (row?.triage_status !== 'pending') continue;
      mates.push(other);
      queue.push(other);
    }
  }
  return mates;
}

/** Suggest `caseId` for waiting thread-mates that have no suggestion yet (an original arriving after its replies). */
export function suggestForThreadMates(db: Db, rowId: number, caseId: number): number[] {
  const mates = pendingThreadMates(db, rowId);
  const update = stmt(db, 'UPDATE messages SET thread_case_id = ? WHERE id = ? AND thread_case_id IS NULL');
  return mates.filter((id) => update.run(caseId, id).changes > 0);
}
