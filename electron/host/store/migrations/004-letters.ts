// Letters as versioned drafts: each save is a new row in a series; finalising freezes the rendered
// text so every later export or send of it carries the same words. Correspondence keeps the file
// name and, for e-mail, the Message-ID a reply will point back to.
import type { Db } from '../database';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE letters ADD COLUMN series_id INTEGER;
    ALTER TABLE letters ADD COLUMN extras_json TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE letters ADD COLUMN rendered_json TEXT;
    ALTER TABLE letters ADD COLUMN sent_at TEXT;
    UPDATE letters SET series_id = id WHERE series_id IS NULL;
    CREATE INDEX letters_case ON letters(case_id, series_id, version);
    CREATE INDEX letters_created ON letters(created_at);

    ALTER TABLE correspondence ADD COLUMN file_name TEXT;
    ALTER TABLE correspondence ADD COLUMN message_id TEXT;
    CREATE INDEX correspondence_case ON correspondence(case_id, at);
    CREATE INDEX correspondence_letter ON correspondence(letter_id);
  `);
}
