// The privacy mailbox over IMAP: settings (password included) live in the encrypted database; a
// sync fetches what is new since the last UID of each folder into triage. The checkpoint is saved
// in the same transaction as the messages it covers, so a crash or a server restart neither loses
// nor doubles a message.
import { HostError } from '../../../../shared/contract/define';
import type { ImapSettingsView, ImportSummary } from '../../../../shared/contract/triage';
import type { Db } from '../../store/database';
import { ImapSyncError, listFolders, syncMailbox, type FolderInfo, type ImapSettings, type SyncState } from '../imap';
import { Importer } from './importer';
import { readSecret, writeSecret } from './secrets';

export const IMAP_SETTINGS_KEY = 'imap.settings';
export const IMAP_STATE_KEY = 'imap.state';

interface SavedState extends SyncState { lastSyncAt?: string | null; lastError?: string | null }

export type ImapSettingsInput = Omit<ImapSettings, 'password' | 'timeouts'> & { password?: string };

export function imapSettingsView(db: Db): ImapSettingsView {
  const s = readSecret<ImapSettings>(db, IMAP_SETTINGS_KEY);
  const state = readSecret<SavedState>(db, IMAP_STATE_KEY);
  return {
    configured: !!s,
    host: s?.host ?? '',
    port: s?.port ?? 993,
    secure: s?.secure ?? true,
    user: s?.user ?? '',
    folders: s?.folders ?? ['INBOX'],
    ...(s?.tlsCa ? { tlsCa: s.tlsCa } : {}),
    allowInsecureLoopback: s?.allowInsecureLoopback ?? false,
    hasPassword: !!s?.password,
    lastSyncAt: state?.lastSyncAt ?? null,
    lastError: state?.lastError ?? null,
  };
}

export function saveImapSettings(db: Db, input: ImapSettingsInput, nowIso: string): ImapSettingsView {
  const before = readSecret<ImapSettings>(db, IMAP_SETTINGS_KEY);
  const password = input.password ?? (before && before.host === input.host && before.user === input.user ? before.password : undefined);
  if (!password) throw new HostError('missing-fields', 'Give the mailbox password (it is kept encrypted in this workspace).');
  const settings: ImapSettings = { host: input.host, port: input.port, secure: input.secure, user: input.user, password, folders: input.folders, ...(input.tlsCa ? { tlsCa: input.tlsCa } : {}), allowInsecureLoopback: input.allowInsecureLoopback ?? false };
  db.transaction(() => {
    writeSecret(db, IMAP_SETTINGS_KEY, settings, nowIso);
    // Another server or account: the old UIDs mean nothing there.
    if (before && (before.host !== settings.host || before.user !== settings.user)) writeSecret(db, IMAP_STATE_KEY, { folders: {} }, nowIso);
  })();
  return imapSettingsView(db);
}

function savedSettings(db: Db): ImapSettings {
  const s = readSecret<ImapSettings>(db, IMAP_SETTINGS_KEY);
  if (!s) throw new HostError('missing-fields', 'Connect the privacy mailbox first (server, user, password and folders).');
  return s;
}

export async function imapFolders(db: Db, signal?: AbortSignal): Promise<FolderInfo[]> {
  try {
    return await listFolders(savedSettings(db), { signal });
  } catch (err) {
    if (err instanceof ImapSyncError) throw new HostError('unavailable', err.message, { kind: err.kind });
    throw err;
  }
}

export interface ImapRun {
  signal?: AbortSignal;
  progress?: (fraction: number | null, detail: string) => void;
  now: () => Date;
  defaultTimeZone: string;
  /** Messages per database transaction. */
  batchSize?: number;
  /** Messages per IMAP fetch round trip. */
  fetchBatch?: number;
  /** Called after each message is handed over (tests use it to pull the plug mid-sync). */
  afterMessage?: (handed: number) => Promise<void>;
}

export async function syncImap(db: Db, run: ImapRun): Promise<ImportSummary & { fetched: number }> {
  const settings = savedSettings(db);
  const saved = readSecret<SavedState>(db, IMAP_STATE_KEY) ?? { folders: {} };
  const state: SyncState = { folders: { ...saved.folders } };
  const uidOf = new Map<string, { folder: string; uidValidity: string; uid: number }>();
  const importer = new Importer(db, {
    now: run.now,
    defaultTimeZone: run.defaultTimeZone,
    batchSize: run.batchSize ?? 50,
    onCommit: (batch) => {
      for (const item of batch) {
        const at = uidOf.get(item.file);
        if (!at) continue;
        const known = state.folders[at.folder];
        if (!known || known.uidValidity !== at.uidValidity || known.lastUid < at.uid) state.folders[at.folder] = { uidValidity: at.uidValidity, lastUid: at.uid };
        uidOf.delete(item.file);
      }
      writeSecret(db, IMAP_STATE_KEY, { ...state, lastSyncAt: saved.lastSyncAt ?? null, lastError: null }, run.now().toISOString());
    },
  });
  const finish = (lastError: string | null) => {
    const current = readSecret<SavedState>(db, IMAP_STATE_KEY) ?? { folders: {} };
    writeSecret(db, IMAP_STATE_KEY, { ...current, lastSyncAt: run.now().toISOString(), lastError }, run.now().toISOString());
  };
  let handed = 0;
  try {
    const result = await syncMailbox(settings, state, async (msg) => {
      const file = `imap:${msg.folder}/${msg.uidValidity}/${msg.uid}`;
      uidOf.set(file, { folder: msg.folder, uidValidity: msg.uidValidity, uid: msg.uid });
      await importer.add({ file, raw: msg.raw, internalDate: msg.internalDate });
      await run.afterMessage?.(++handed);
    }, {
      signal: run.signal,
      batchSize: run.fetchBatch,
      onProgress: (p) => run.progress?.(p.total ? p.done / p.total : null, `${p.folder}: ${p.done} of ${p.total} new messages`),
    });
    await importer.finish();
    // Folders with nothing new still record their UIDVALIDITY.
    for (const [folder, f] of Object.entries(result.state.folders)) {
      const known = state.folders[folder];
      if (!known || known.uidValidity !== f.uidValidity || known.lastUid < f.lastUid) state.folders[folder] = f;
    }
    writeSecret(db, IMAP_STATE_KEY, { ...state }, run.now().toISOString());
    finish(null);
    return { ...importer.summary, fetched: result.fetched };
  } catch (err) {
    // Messages handed over before the failure are kept: commit them with their checkpoint.
    if (db.open) importer.flush();
    const message = err instanceof Error ? err.message : String(err);
    if (db.open) finish(message);
    if (err instanceof ImapSyncError) throw new HostError(err.kind === 'aborted' ? 'cancelled' : 'unavailable', err.message, { kind: err.kind });
    throw err;
  }
}
