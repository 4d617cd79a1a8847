// Opens an authenticated imapflow session with the security policy of the app: TLS always,
// except to a loopback address when the settings explicitly allow it.
import net from 'node:net';
import { rootCertificates } from 'node:tls';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import { describeImapError, ImapSyncError, type ErrorContext } from './errors';
import type { ImapSettings } from './types';

const DEFAULT_TIMEOUTS = { connectMs: 20_000, greetingMs: 20_000, socketMs: 120_000 };
const LOGOUT_GRACE_MS = 3_000;

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  // IPv4-mapped IPv6 loopback, e.g. ::ffff:127.0.0.1
  return /^::ffff:127\./.test(h);
}

export function errorContext(settings: ImapSettings, folder?: string): ErrorContext {
  return {
    host: settings.host,
    port: settings.port,
    user: settings.user,
    folder,
    timeouts: { ...DEFAULT_TIMEOUTS, ...settings.timeouts },
  };
}

export function abortedError(): ImapSyncError {
  return new ImapSyncError('aborted', 'The mailbox sync was cancelled. Messages received so far are kept.');
}

export function clientOptions(settings: ImapSettings): ImapFlowOptions {
  const plainAllowed = settings.allowInsecureLoopback === true && isLoopbackHost(settings.host);
  if (!settings.secure && settings.allowInsecureLoopback && !plainAllowed) {
    throw new ImapSyncError('insecure',
      `Refusing an unencrypted connection to ${settings.host}:${settings.port}: the password and the ` +
      'mailbox would cross the network readable by anyone. Unencrypted IMAP is only allowed to this computer ' +
      'itself (127.0.0.1); switch TLS on (usually port 993).');
  }
  const t = { ...DEFAULT_TIMEOUTS, ...settings.timeouts };
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    // Without implicit TLS, STARTTLS is mandatory unless plaintext to loopback is explicitly allowed.
    doSTARTTLS: settings.secure ? undefined : !plainAllowed,
    auth: { user: settings.user, pass: settings.password },
    tls: {
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
      // Setting `ca` replaces Node's bundled roots, so keep them and add the extra one.
      ca: settings.tlsCa ? [...rootCertificates, settings.tlsCa] : undefined,
    },
    logger: false,
    disableAutoIdle: true,
    // Do not tell the server which client software reads the mailbox.
    clientInfo: { name: 'mail-client' },
    connectionTimeout: t.connectMs,
    greetingTimeout: t.greetingMs,
    socketTimeout: t.socketMs,
  };
}

export interface Session {
  client: ImapFlow;
  /** Logs out politely (bounded in time), then closes the socket. Never throws. */
  end(): Promise<void>;
}

/**
 * Connects and logs in. An abort of `signal` closes the socket at once, which makes any pending
 * imapflow call reject; callers check `signal.aborted` to report it as a cancellation.
 */
export async function openSession(settings: ImapSettings, signal?: AbortSignal): Promise<Session> {
  if (signal?.aborted) throw abortedError();
  const client = new ImapFlow(clientOptions(settings));
  // Failures surface through the rejected calls; an unhandled 'error' event would crash the host.
  client.on('error', () => undefined);
  const onAbort = (): void => client.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  const end = async (): Promise<void> => {
    signal?.removeEventListener('abort', onAbort);
    if (client.usable) {
      const grace = new Promise<void>((resolve) => setTimeout(resolve, LOGOUT_GRACE_MS).unref());
      await Promise.race([client.logout().catch(() => undefined), grace]);
    }
    client.close();
  };
  try {
    await client.connect();
  } catch (err) {
    await end();
    if (signal?.aborted) throw abortedError();
    throw describeImapError(err, errorContext(settings));
  }
  return { client, end };
}
