// Shapes the host uses to configure and drive an IMAP sync of the privacy mailbox.

export interface ImapTimeouts {
  /** TCP + TLS handshake. Default 20 s. */
  connectMs?: number;
  /** Wait for the server greeting after connecting. Default 20 s. */
  greetingMs?: number;
  /** Silence from the server during a session before giving up. Default 120 s. */
  socketMs?: number;
}

export interface ImapSettings {
  host: string;
  port: number;
  /** Implicit TLS (usually port 993). When false, STARTTLS is required instead. */
  secure: boolean;
  user: string;
  password: string;
  /** Folder paths to sync, as listFolders() reports them. */
  folders: string[];
  /** Extra certificate authority (PEM) to trust besides the system ones, for a self-signed server. */
  tlsCa?: string;
  /** Permits an unencrypted connection, but only to a loopback address (tests, local bridges). */
  allowInsecureLoopback?: boolean;
  timeouts?: ImapTimeouts;
}

export interface FolderInfo {
  path: string;
  name: string;
  /** "\\Inbox", "\\Sent", "\\Junk", … or null for an ordinary folder. */
  specialUse: string | null;
  messages: number;
}

export interface FolderSyncState {
  /** UIDVALIDITY as a decimal string (it is a 32-bit unsigned number; a string survives JSON). */
  uidValidity: string;
  /** Highest UID whose message was handed over and accepted. */
  lastUid: number;
}

export interface SyncState {
  folders: Record<string, FolderSyncState>;
}

export interface SyncedMessage {
  folder: string;
  /** UIDVALIDITY the uid belongs to, so a caller can checkpoint per message. */
  uidValidity: string;
  uid: number;
  /** The message exactly as the server stores it (RFC 822 bytes). */
  raw: Buffer;
  /** ISO 8601 arrival time on the server. */
  internalDate: string;
  flags: string[];
}

export interface SyncProgress {
  folder: string;
  done: number;
  total: number;
}

export interface SyncOptions {
  signal?: AbortSignal;
  onProgress?: (p: SyncProgress) => void;
  /** Messages fetched per round trip (default 25; also capped at about 8 MB per batch). */
  batchSize?: number;
}

export interface SyncResult {
  state: SyncState;
  fetched: number;
  /** Folders whose UIDVALIDITY changed, so all their messages were fetched again. */
  uidValidityReset: string[];
}

export type OnMessage = (msg: SyncedMessage) => Promise<void>;
