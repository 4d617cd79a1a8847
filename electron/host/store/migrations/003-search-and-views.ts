// Full-text search over cases and messages, saved case-list views, a memory of which deadline
// notifications were shown, and the partial indexes the dashboard and the overdue list run on.
//
// The search index is a contentless FTS5 table (the text already lives in cases, parties and
// messages; keeping a second copy would double the largest part of the file). Its rowid says where
// a hit came from: a negative rowid is a case (-cases.id), a positive one a message (messages.id), so
// a message moved to another case needs no reindexing. Triggers keep it in sync with every write
// path, including ones written later, and fold letters the tokenizer leaves alone (see search/fold).
import { foldSql } from '../../search/fold';
import type { Db } from '../database';

const caseRow = (c: string) => `-${c}.id, ${foldSql(`${c}.ref`)},
  ${foldSql(`(SELECT name FROM parties WHERE id = ${c}.requester_id)`)},
  ${foldSql(`(SELECT email FROM parties WHERE id = ${c}.requester_id)`)},
  ${foldSql(`${c}.subject`)}, ''`;

const messageRow = (m: string) => `${m}.id, '', ${foldSql(`${m}.from_name`)}, ${foldSql(`${m}.from_email`)}, ${foldSql(`${m}.subject`)}, ${foldSql(`${m}.text_body`)}`;

const COLUMNS = 'rowid, ref, name, email, subject, body';

export function up(db: Db): void {
  db.exec(`
    CREATE VIRTUAL TABLE search_index USING fts5(
      ref, name, email, subject, body,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TRIGGER search_case_insert AFTER INSERT ON cases BEGIN
      INSERT INTO search_index (${COLUMNS}) VALUES (${caseRow('NEW')});
    END;
    CREATE TRIGGER search_case_update AFTER UPDATE OF ref, subject, requester_id ON cases BEGIN
      DELETE FROM search_index WHERE rowid = -OLD.id;
      INSERT INTO search_index (${COLUMNS}) VALUES (${caseRow('NEW')});
    END;
    CREATE TRIGGER search_case_delete AFTER DELETE ON cases BEGIN
      DELETE FROM search_index WHERE rowid = -OLD.id;
    END;
    CREATE TRIGGER search_party_update AFTER UPDATE OF name, email ON parties BEGIN
      DELETE FROM search_index WHERE rowid IN (SELECT -id FROM cases WHERE requester_id = NEW.id);
      INSERT INTO search_index (${COLUMNS}) SELECT ${caseRow('c')} FROM cases c WHERE c.requester_id = NEW.id;
    END;
    CREATE TRIGGER search_message_insert AFTER INSERT ON messages BEGIN
      INSERT INTO search_index (${COLUMNS}) VALUES (${messageRow('NEW')});
    END;
    CREATE TRIGGER search_message_update AFTER UPDATE OF subject, from_name, from_email, text_body ON messages BEGIN
      DELETE FROM search_index WHERE rowid = OLD.id;
      INSERT INTO search_index (${COLUMNS}) VALUES (${messageRow('NEW')});
    END;
    CREATE TRIGGER search_message_delete AFTER DELETE ON messages BEGIN
      DELETE FROM search_index WHERE rowid = OLD.id;
    END;

    INSERT INTO search_index (${COLUMNS}) SELECT ${caseRow('c')} FROM cases c;
    INSERT INTO search_index (${COLUMNS}) SELECT ${messageRow('m')} FROM messages m;

    -- Open cases by due date: the overdue list, "due within", the dashboard counts and the calendar.
    CREATE INDEX cases_open_due ON cases(due_at, received_at, status) WHERE status != 'closed';
    CREATE INDEX cases_open_stage ON cases(escalation_stage) WHERE status != 'closed';
    -- The whole list in its default order (undated cases last), paged without sorting every case.
    CREATE INDEX cases_due_order ON cases(due_at IS NULL, due_at, received_at);
    CREATE INDEX deadlines_due ON deadlines(due);

    CREATE TABLE saved_views (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      query_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- One row per notification shown, e.g. 'due:<case id>:<due date>:soon', so each is shown once.
    CREATE TABLE notification_log (
      key TEXT PRIMARY KEY,
      notified_on TEXT NOT NULL
    ) STRICT;
  `);
}
