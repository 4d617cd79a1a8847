// Lists the folders of the mailbox so the DPO can pick which ones to sync.
import { abortedError, errorContext, openSession } from './connect';
import { describeImapError } from './errors';
import type { FolderInfo, ImapSettings } from './types';

// Folders that exist only as a level in the hierarchy cannot be opened or synced.
const NOT_SELECTABLE = ['\\Noselect', '\\NonExistent'];

export async function listFolders(settings: ImapSettings, opts: { signal?: AbortSignal } = {}): Promise<FolderInfo[]> {
  const session = await openSession(settings, opts.signal);
  try {
    const list = await session.client.list({ statusQuery: { messages: true } });
    return list
      .filter((f) => !NOT_SELECTABLE.some((flag) => f.flags.has(flag)))
      .map((f) => ({
        path: f.path,
        name: f.name,
        specialUse: f.specialUse ?? null,
        messages: f.status?.messages ?? 0,
      }));
  } catch (err) {
    if (opts.signal?.aborted) throw abortedError();
    throw describeImapError(err, errorContext(settings));
  } finally {
    await session.end();
  }
}
