// Small JSON values kept in the encrypted database's `secrets` table: the learned triage
// corrections, the mailbox connection (with its password) and the sync checkpoints.
import { emptyCorrections, type LearnedCorrections } from '../../../../shared/triage';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';

export function readSecret<T>(db: Db, key: string): T | null {
  const row = stmt(db, 'SELECT value_json FROM secrets WHERE key = ?').get(key) as { value_json: string } | undefined;
  return row ? (JSON.parse(row.value_json) as T) : null;
}

export function writeSecret(db: Db, key: string, value: unknown, nowIso: string): void {
  stmt(db, 'INSERT INTO secrets (key, value_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at').run(key, JSON.stringify(value), nowIso);
}

export const CORRECTIONS_KEY = 'triage.corrections';

export function loadCorrections(db: Db): LearnedCorrections {
  return readSecret<LearnedCorrections>(db, CORRECTIONS_KEY) ?? emptyCorrections();
}
