import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/temp-workspace';
import { openEncrypted } from '../database';
import { DatabaseTooNewError, LATEST_VERSION, migrate, migrations, schemaVersion } from './index';

function freshDb() {
  return openEncrypted(join(tempDir(), 'm.db'), randomBytes(32));
}

describe('schema migrations', () => {
  it('versions are numbered upwards with no repeats', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  for (const from of [0, ...migrations.map((m) => m.version)]) {
    it(`a workspace at schema ${from} reaches schema ${LATEST_VERSION} at unlock and keeps its audit trail`, () => {
      const db = freshDb();
      migrate(db, from);
      expect(schemaVersion(db)).toBe(from);
      if (from >= 1) db.prepare(`INSERT INTO audit_events VALUES (1, '2026-01-01T00:00:00Z', 'dpo', 'workspace.created', 'workspace', 'self', '{}', ?, 'h')`).run('0'.repeat(64));
      migrate(db);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      if (from >= 1) expect(db.prepare('SELECT action FROM audit_events').all()).toEqual([{ action: 'workspace.created' }]);
      const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['organisations', 'parties', 'cases', 'messages', 'letters', 'deadlines', 'escalation_steps', 'notes', 'attachments', 'audit_events']));
      db.close();
    });
  }

  it('a failing migration leaves the database as it was', () => {
    const db = freshDb();
    const broken = { version: LATEST_VERSION + 1, name: 'broken', up: (d: typeof db) => d.exec('CREATE TABLE half_done (x); SELECT no_such_function();') };
    (migrations as unknown as typeof broken[]).push(broken);
    try {
      migrate(db, LATEST_VERSION);
      expect(() => migrate(db, LATEST_VERSION + 1)).toThrow();
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'`).get()).toEqual({ n: 0 });
    } finally {
      (migrations as unknown as typeof broken[]).pop();
      db.close();
    }
  });

  it('a database from a newer version of the app is refused, not changed', () => {
    const db = freshDb();
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(DatabaseTooNewError);
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 5);
    db.close();
  });
});
