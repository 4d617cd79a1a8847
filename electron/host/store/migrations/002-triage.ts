// The triage queue: what import needs beyond the first schema. Thread keys get their own table so
// a message can be found by any Message-ID, case ref or outside reference it carries, whichever
// order the messages arrive in.
import type { Db } from '../database';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE messages ADD COLUMN message_key TEXT;
    ALTER TABLE messages ADD COLUMN thread_case_id INTEGER REFERENCES cases(id);
    ALTER TABLE messages ADD COLUMN duplicate_of_case_id INTEGER REFERENCES cases(id);
    ALTER TABLE messages ADD COLUMN received_basis TEXT NOT NULL DEFAULT 'date';
    ALTER TABLE messages ADD COLUMN request_type TEXT;
    ALTER TABLE messages ADD COLUMN provisional_due TEXT;
    ALTER TABLE messages ADD COLUMN dismiss_reason TEXT;
    ALTER TABLE messages ADD COLUMN decided_at TEXT;
    CREATE INDEX messages_key ON messages(message_key);
    CREATE INDEX messages_thread ON messages(thread_case_id);
    CREATE INDEX attachments_message ON attachments(message_id);

    -- kind: 'ancestor' (a Message-ID it replies to), 'case-ref' (DPO-YYYY-NNNN), 'external-ref'.
    CREATE TABLE message_keys (
      message_id INTEGER NOT NULL REFERENCES messages(id),
      kind TEXT NOT NULL,
      key TEXT NOT NULL
    ) STRICT;
    CREATE INDEX message_keys_lookup ON message_keys(kind, key);
    CREATE INDEX message_keys_message ON message_keys(message_id);
  `);
}
