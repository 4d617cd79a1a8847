// Turns socket, TLS and IMAP failures into sentences a DPO can act on. The original error stays
// available as `cause` for the technical log.
import type { SyncState } from './types';

export type ImapErrorKind =
  | 'auth'
  | 'unreachable'
  | 'no-greeting'
  | 'untrusted-certificate'
  | 'tls-failed'
  | 'insecure'
  | 'folder-missing'
  | 'timeout'
  | 'connection-lost'
  | 'import-failed'
  | 'aborted'
  | 'server';

export class ImapSyncError extends Error {
  override name = 'ImapSyncError';
  readonly kind: ImapErrorKind;
  /** Progress reached before the failure; resuming from it loses and repeats nothing. */
  state?: SyncState;
  fetched?: number;

  constructor(kind: ImapErrorKind, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.kind = kind;
  }
}

export interface ErrorContext {
  host: string;
  port: number;
  user: string;
  folder?: string;
  timeouts: { connectMs: number; greetingMs: number; socketMs: number };
}

interface ErrorLike {
  code?: string;
  message?: string;
  authenticationFailed?: boolean;
  serverResponseCode?: string;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  responseText?: string;
  command?: string;
  _err?: unknown;
  cause?: unknown;
}

// imapflow sometimes wraps the Node error (`_err`, `cause`); look at every layer.
function layers(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let cur: unknown = err;
  while (cur && typeof cur === 'object' && out.length < 5) {
    const e = cur as ErrorLike;
    out.push(e);
    cur = e._err ?? e.cause;
  }
  return out;
}

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'the server refused the connection on that port',
  ENOTFOUND: 'the server name is unknown',
  EAI_AGAIN: 'the server name could not be looked up',
  EHOSTUNREACH: 'there is no network route to the server',
  ENETUNREACH: 'the network is unreachable',
  EADDRNOTAVAIL: 'the address is not available',
};

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const CONNECTION_LOST = new Set(['NoConnection', 'EConnectionClosed', 'ECONNRESET', 'EPIPE', 'StateLogout']);

const seconds = (ms: number): string => `${Math.round(ms / 1000)} seconds`;

export function describeImapError(err: unknown, ctx: ErrorContext): ImapSyncError {
  if (err instanceof ImapSyncError) return err;
  const all = layers(err);
  const codes = all.map((e) => e.code).filter((c): c is string => typeof c === 'string');
  const where = `${ctx.host}:${ctx.port}`;
  const has = (c: string): boolean => codes.includes(c);

  if (all.some((e) => e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED')) {
    return new ImapSyncError('auth',
      `The mail server refused the user name or password for ${ctx.user}. Check both in the mailbox ` +
      'settings; if they are right, the account may be locked or may need an app password.', err);
  }
  const certCode = codes.find((c) => CERTIFICATE_CODES.has(c));
  if (certCode) {
    const why = certCode === 'ERR_TLS_CERT_ALTNAME_INVALID'
      ? `its certificate is issued for a different server name`
      : certCode === 'CERT_HAS_EXPIRED'
        ? 'its certificate has expired'
        : 'its certificate is not signed by an authority this computer trusts';
    return new ImapSyncError('untrusted-certificate',
      `The connection to ${where} was stopped because ${why}, so the server could be an impostor. ` +
      'If your organisation runs its own certificate authority, add its certificate in the mailbox settings.', err);
  }
  if (all.some((e) => /does not support STARTTLS|STARTTLS is not possible/i.test(e.message ?? ''))) {
    return new ImapSyncError('insecure',
      `The mail server ${where} does not offer encryption (STARTTLS), so the password and the mailbox ` +
      'would cross the network readable by anyone. Use the encrypted port (usually 993 with TLS).', err);
  }
  if (all.some((e) => e.tlsFailed) || has('EPROTO') || codes.some((c) => c.startsWith('ERR_SSL'))) {
    return new ImapSyncError('tls-failed',
      `Could not set up an encrypted connection to ${where}. The port may not speak TLS ` +
      '(IMAP over TLS is usually port 993; port 143 needs TLS switched off so STARTTLS is used).', err);
  }
  const unreachable = codes.find((c) => c in UNREACHABLE);
  if (unreachable) {
    return new ImapSyncError('unreachable',
      `Could not reach ${where}: ${UNREACHABLE[unreachable]}. Check the server name and port, ` +
      'and that this computer is connected to the network.', err);
  }
  if (has('CONNECT_TIMEOUT') || has('ETIMEDOUT')) {
    return new ImapSyncError('unreachable',
      `Could not reach ${where}: no answer within ${seconds(ctx.timeouts.connectMs)}. Check the server ` +
      'name and port, and that this computer is connected to the network (a firewall may block the port).', err);
  }
  if (has('GREETING_TIMEOUT')) {
    return new ImapSyncError('no-greeting',
      `Connected to ${where}, but no mail server answered within ${seconds(ctx.timeouts.greetingMs)}. ` +
      'Check the port and the TLS setting (IMAP over TLS is usually port 993).', err);
  }
  if (has('ETIMEOUT')) {
    return new ImapSyncError('timeout',
      `The mail server ${where} stopped answering for ${seconds(ctx.timeouts.socketMs)}, so the sync ` +
      'was stopped. Messages received so far are kept; the next sync continues from there.', err);
  }
  if (ctx.folder && all.some((e) => e.mailboxMissing || e.serverResponseCode === 'NONEXISTENT')) {
    return new ImapSyncError('folder-missing',
      `The folder "${ctx.folder}" does not exist (any more) in the mailbox ${ctx.user}. ` +
      'Choose the folders to sync again in the mailbox settings.', err);
  }
  // Inside a folder the sync opened and never left, "no mailbox is selected" means the server ended
  // the session (a restart says BYE first, and the socket may close a moment after the next command).
  const selectionLost = !!ctx.folder && has('NoMailboxSelected');
  if (selectionLost || codes.some((c) => CONNECTION_LOST.has(c)) || all.some((e) => /connection (closed|not available)/i.test(e.message ?? ''))) {
    return new ImapSyncError('connection-lost',
      `The connection to ${where} was lost during the sync. Messages received so far are kept; ` +
      'the next sync continues from there.', err);
  }
  const detail = all.map((e) => e.responseText).find(Boolean) ?? (err as Error | undefined)?.message ?? String(err);
  return new ImapSyncError('server', `The mail server ${where} reported a problem: ${detail}`, err);
}
