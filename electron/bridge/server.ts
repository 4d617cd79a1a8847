// The loopback bridge: the host behind an HTTP endpoint on 127.0.0.1, and the built UI served
// beside it, for using DPO Desk in a browser where Electron cannot run (and for the e2e suite).
// Access needs a one-time URL: its token is swapped for an HttpOnly session cookie on first use.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Host } from '../host/host';
import { SECURITY_HEADERS } from '../security/csp';
import { contentTypeOf, resolveInside } from '../security/static-files';

export interface BridgeOptions {
  host: Host;
  rendererDir: string;
  port?: number;
  /** Largest request body accepted (imports of dropped files travel as base64). */
  maxBodyBytes?: number;
}

export interface Bridge {
  /** Open this once; it logs the browser in and then stops working. */
  oneTimeUrl: string;
  origin: string;
  close(): Promise<void>;
}

const COOKIE = 'dpo_session';

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  let loginToken: string | null = randomBytes(32).toString('hex');
  const session = randomBytes(32).toString('hex');
  const maxBody = options.maxBodyBytes ?? 256 * 1024 * 1024;
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { 'Content-Type': 'text/plain' }, `Bridge error: ${(err as Error).message}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    // A page on another site cannot reach us through DNS rebinding: the Host must be ours.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, {}, 'Wrong host');
    const auth = url.searchParams.get('auth');
    if (req.method === 'GET' && auth !== null) {
      if (loginToken && equal(auth, loginToken)) {
        loginToken = null;
        return send(res, 303, { Location: '/', 'Set-Cookie': `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/` }, '');
      }
      return send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'This sign-in link has already been used or is wrong. Start `npm run web` again for a new one.');
    }
    if (!equal(cookieOf(req) ?? '', session)) return send(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Open the one-time link printed by `npm run web`.');

    if (url.pathname.startsWith('/api/invoke/')) {
      if (req.method !== 'POST') return send(res, 405, {}, 'POST only');
      if (req.headers.origin && req.headers.origin !== origin) return send(res, 403, {}, 'Cross-origin call refused');
      if (!String(req.headers['content-type']).startsWith('application/json')) return send(res, 415, {}, 'JSON only');
      const body = await readBody(req, maxBody);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return sendJson(res, { ok: false, error: { code: 'invalid-input', message: 'The request body was not JSON.' } });
      }
      const method = decodeURIComponent(url.pathname.slice('/api/invoke/'.length));
      return sendJson(res, await options.host.invoke(method, input));
    }
    if (req.method !== 'GET') return send(res, 405, {}, 'GET only');
    const file = resolveInside(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, { 'Content-Type': 'text/plain' }, 'Not found');
    return send(res, 200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store' }, readFileSync(file));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    oneTimeUrl: `${origin}/?auth=${loginToken}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieOf(req: IncomingMessage): string | undefined {
  return (req.headers.cookie ?? '').split(';').map((c) => c.trim().split('=')).find(([k]) => k === COOKIE)?.[1];
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown) {
  send(res, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, JSON.stringify(value));
}
