// Saved case-list views: a name and the list's filters, kept in the encrypted database (filters can
// hold a requester's name typed into search).
import { HostError } from '../../../shared/contract/define';
import { ViewQuery, type SavedView } from '../../../shared/contract/workspace-views';
import type { Db } from '../store/database';
import { stmt } from '../store/statements';

interface ViewRow { id: number; name: string; query_json: string; updated_at: string }

const toView = (r: ViewRow): SavedView => ({ id: r.id, name: r.name, query: ViewQuery.parse(JSON.parse(r.query_json)), updatedAt: r.updated_at });

export function listViews(db: Db): SavedView[] {
  return (stmt(db, 'SELECT id, name, query_json, updated_at FROM saved_views ORDER BY name COLLATE NOCASE').all() as ViewRow[]).map(toView);
}

export function saveView(db: Db, input: { id?: number; name: string; query: ViewQuery }, now: Date): SavedView {
  const at = now.toISOString();
  const query = JSON.stringify(ViewQuery.parse(input.query));
  return db.transaction(() => {
    const clash = stmt(db, 'SELECT id FROM saved_views WHERE name = ?').get(input.name) as { id: number } | undefined;
    if (clash && clash.id !== input.id) throw new HostError('conflict', `There is already a view called "${input.name}". Choose another name, or open that view and save over it.`);
    if (input.id !== undefined) {
      const changed = stmt(db, 'UPDATE saved_views SET name = ?, query_json = ?, updated_at = ? WHERE id = ?').run(input.name, query, at, input.id).changes;
      if (changed === 0) throw new HostError('not-found', 'That saved view no longer exists.');
      return toView(stmt(db, 'SELECT id, name, query_json, updated_at FROM saved_views WHERE id = ?').get(input.id) as ViewRow);
    }
    const id = Number(stmt(db, 'INSERT INTO saved_views (name, query_json, created_at, updated_at) VALUES (?, ?, ?, ?)').run(input.name, query, at, at).lastInsertRowid);
    return toView(stmt(db, 'SELECT id, name, query_json, updated_at FROM saved_views WHERE id = ?').get(id) as ViewRow);
  })();
}

export function deleteView(db: Db, id: number): void {
  if (stmt(db, 'DELETE FROM saved_views WHERE id = ?').run(id).changes === 0) throw new HostError('not-found', 'That saved view no longer exists.');
}
