// IMAP access to the privacy mailbox: folder listing and incremental, at-least-once sync.
export { listFolders } from './folders';
export { syncMailbox } from './sync';
export { isLoopbackHost } from './connect';
export { ImapSyncError, type ImapErrorKind } from './errors';
export type {
  FolderInfo,
  FolderSyncState,
  ImapSettings,
  ImapTimeouts,
  OnMessage,
  SyncedMessage,
  SyncOptions,
  SyncProgress,
  SyncResult,
  SyncState,
} from './types';
