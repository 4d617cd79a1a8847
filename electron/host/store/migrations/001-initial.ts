// The first schema: everything a case needs to be proved later. STRICT tables so a wrong type is an
// error, not a silent conversion.
import type { Db } from '../database';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE organisations (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      profile_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE parties (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT 'requester',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX parties_email ON parties(email);

    CREATE TABLE cases (
      id INTEGER PRIMARY KEY,
      ref TEXT NOT NULL UNIQUE,
      organisation_id TEXT REFERENCES organisations(id),
      kind TEXT NOT NULL,
      request_types_json TEXT NOT NULL,
      regimes_json TEXT NOT NULL,
      regime TEXT NOT NULL,
      jurisdiction TEXT NOT NULL,
      status TEXT NOT NULL,
      received_at TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      channel TEXT NOT NULL,
      requester_id INTEGER NOT NULL REFERENCES parties(id),
      subject TEXT NOT NULL DEFAULT '',
      language TEXT,
      escalation_stage TEXT NOT NULL DEFAULT 'organisation',
      due_at TEXT,
      outcome TEXT,
      closed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX cases_due ON cases(status, due_at);
    CREATE INDEX cases_received ON cases(received_at);
    CREATE INDEX cases_requester ON cases(requester_id);

    CREATE TABLE ref_counters (year INTEGER PRIMARY KEY, next INTEGER NOT NULL) STRICT;

    CREATE TABLE messages (
      id INTEGER PRIMARY KEY,
      case_id INTEGER REFERENCES cases(id),
      direction TEXT NOT NULL DEFAULT 'in',
      message_id TEXT,
      sha256 TEXT NOT NULL,
      raw BLOB NOT NULL,
      subject TEXT NOT NULL DEFAULT '',
      from_name TEXT NOT NULL DEFAULT '',
      from_email TEXT NOT NULL DEFAULT '',
      to_json TEXT NOT NULL DEFAULT '[]',
      sent_at TEXT,
      received_at TEXT NOT NULL,
      in_reply_to TEXT,
      references_json TEXT NOT NULL DEFAULT '[]',
      text_body TEXT NOT NULL DEFAULT '',
      html_body TEXT,
      warnings_json TEXT NOT NULL DEFAULT '[]',
      triage_json TEXT,
      triage_status TEXT NOT NULL DEFAULT 'pending',
      source TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX messages_sha ON messages(sha256);
    CREATE INDEX messages_message_id ON messages(message_id);
    CREATE INDEX messages_case ON messages(case_id);
    CREATE INDEX messages_triage ON messages(triage_status);

    CREATE TABLE attachments (
      id INTEGER PRIMARY KEY,
      message_id INTEGER REFERENCES messages(id),
      case_id INTEGER REFERENCES cases(id),
      filename TEXT NOT NULL,
      content_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      data BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE letters (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      template_id TEXT NOT NULL,
      language TEXT NOT NULL,
      version INTEGER NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft',
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      finalised_at TEXT
    ) STRICT;

    CREATE TABLE correspondence (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      letter_id INTEGER REFERENCES letters(id),
      direction TEXT NOT NULL,
      channel TEXT NOT NULL,
      format TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      bytes BLOB NOT NULL,
      recipient TEXT,
      at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE deadlines (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL,
      regime TEXT,
      due TEXT,
      basis TEXT NOT NULL,
      trace_json TEXT NOT NULL,
      governing INTEGER NOT NULL DEFAULT 0,
      warning TEXT
    ) STRICT;
    CREATE INDEX deadlines_case ON deadlines(case_id);

    CREATE TABLE case_events (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL,
      on_date TEXT NOT NULL,
      data_json TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE escalation_steps (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      stage TEXT NOT NULL,
      entered_on TEXT NOT NULL,
      external_ref TEXT,
      contact TEXT,
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX escalation_ref ON escalation_steps(external_ref);

    CREATE TABLE notes (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL DEFAULT 'note',
      body TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE secrets (key TEXT PRIMARY KEY, value_json TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;

    CREATE TABLE audit_events (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      data_json TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
  `);
}
