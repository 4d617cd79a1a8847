// A real SMTP server on 127.0.0.1 and a random port, for tests: it keeps every message's bytes exactly
// as received after the DATA command (dot-unstuffed), with the envelope.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
  user?: string;
}

export interface TestSmtpServer {
  host: string;
  port: number;
  received: ReceivedMessage[];
  close(): Promise<void>;
}

export async function startTestSmtpServer(opts: { user?: string; pass?: string } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const needAuth = opts.user !== undefined;
  const server = new SMTPServer({
    secure: false,
    disabledCommands: needAuth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !needAuth,
    allowInsecureAuth: true, // loopback only
    logger: false,
    size: 25 * 1024 * 1024,
    onAuth(auth, _session, cb) {
      if (auth.username === opts.user && auth.password === opts.pass) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        cb(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
