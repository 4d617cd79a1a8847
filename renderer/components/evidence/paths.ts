// File paths the host handed back, taken apart and put together in the renderer without node:path.
// The host runs on Windows or POSIX, so the separator is whichever the host's own path uses.

function separatorOf(path: string): '/' | '\\' {
  return (path.includes('\\') || /^[A-Za-z]:/.test(path)) && !path.includes('/') ? '\\' : '/';
}

/** The folder holding `path` ("/a/b/c" → "/a/b"); a root stays itself. */
export function parentDir(path: string): string {
  const sep = separatorOf(path);
  const trimmed = path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
  const cut = trimmed.lastIndexOf(sep);
  if (cut < 0) return trimmed;
  if (cut === 0) return sep;
  // "C:\backups" → "C:\", not "C:".
  if (sep === '\\' && /^[A-Za-z]:$/.test(trimmed.slice(0, cut))) return trimmed.slice(0, cut + 1);
  return trimmed.slice(0, cut);
}

/** `name` inside `dir`, with the host's separator. */
export function joinPath(dir: string, name: string): string {
  const sep = separatorOf(dir);
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** The last part of a path: the file name. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The host accepts absolute paths only: "/…", "C:\…" or "\\server\…". */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** "1536" → "1.5 KB"; sizes as a DPO reads them (powers of 1024, one decimal). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** A date for file names, YYYY-MM-DD from this computer's calendar. */
export function fileDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Beside the workspace folder, like the deletion certificates: the host's backups folder is one level inside it. */
export function defaultBundlePath(backupsDir: string, ref: string, now = new Date()): string {
  return joinPath(parentDir(parentDir(backupsDir)), `${ref}-evidence-${fileDate(now)}.zip`);
}

/**
 * Where "Back up now" writes: undefined for the backups folder itself (the host names the file and
 * prunes to the last N); a path ending in .dpobackup as it is; any other folder gets a dated name.
 */
export function backupTarget(where: string, backupsDir: string, now = new Date()): string | undefined {
  const w = where.trim();
  const bare = (p: string) => p.replace(/[\\/]+$/, '');
  if (!w || bare(w) === bare(backupsDir)) return undefined;
  if (w.toLowerCase().endsWith('.dpobackup')) return w;
  return joinPath(w, `dpo-backup-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z.dpobackup`);
}
