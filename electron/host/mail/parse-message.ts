// Parses one raw message into what the case store and triage need. Never throws: a truncated or
// broken message comes back with whatever could be read plus warnings a DPO can understand,
// because evidence must never be dropped (the raw bytes are kept separately, byte for byte).
import { createHash } from 'node:crypto';
import { MailParser, simpleParser } from 'mailparser';
import type { AddressObject, AttachmentStream, HeaderLines, Headers, MessageText } from 'mailparser';

export interface ParsedAddress { name: string; email: string }

export interface ParsedAttachment {
  filename: string | null;
  contentType: string;
  /** Decoded size in bytes (of the whole attachment, even when its content was not kept). */
  size: number;
  /** sha256 (hex) of the whole decoded attachment. */
  sha256: string;
  /** The decoded bytes; empty when contentOmitted (re-extract from the raw message when needed). */
  content: Buffer;
  contentOmitted: boolean;
}

export interface ParsedMessage {
  /** Message-ID without angle brackets, or null when the message has none. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  from: ParsedAddress | null;
  to: ParsedAddress[];
  cc: ParsedAddress[];
  replyTo: ParsedAddress | null;
  /** ISO 8601 (UTC) from the Date header, or null when missing or unreadable. */
  date: string | null;
  text: string;
  html: string | null;
  attachments: ParsedAttachment[];
  /** Selected headers, lowercased names, unfolded values (first occurrence; Received: the first, i.e. newest). */
  headers: Record<string, string>;
  warnings: string[];
  /** sha256 (hex) of the raw bytes: the duplicate key when Message-ID is missing. */
  sha256: string;
  size: number;
}

export interface ParseOptions {
  /** Largest attachment whose content is kept in memory. Default 25 MiB. */
  maxAttachmentBytes?: number;
  /** Largest total of attachment content kept per message. Default 100 MiB. */
  maxTotalAttachmentBytes?: number;
  /** Give up on MIME parsing after this long and fall back to headers only. Default 30 s. */
  timeoutMs?: number;
}

/** Why 25/100 MiB: larger attachments are hashed and sized, but their bytes stay only in the raw message. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_TOTAL_ATTACHMENT_BYTES = 100 * 1024 * 1024;

const SELECTED_HEADERS = new Set([
  'message-id', 'in-reply-to', 'references', 'subject', 'from', 'to', 'cc', 'reply-to', 'date', 'sender',
  'return-path', 'received', 'delivered-to', 'x-original-to', 'list-id', 'list-unsubscribe', 'precedence',
  'auto-submitted', 'x-auto-response-suppress', 'content-type', 'content-language', 'x-mailer', 'user-agent',
  'x-spam-flag', 'x-spam-status', 'organization', 'x-priority', 'importance',
]);

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const stripNul = (s: string) => s.replace(/\u0000/g, '');

function addresses(v: AddressObject | AddressObject[] | undefined): ParsedAddress[] {
  if (!v) return [];
  const out: ParsedAddress[] = [];
  const visit = (e: { name: string; address?: string; group?: unknown[] }) => {
    if (e.group) (e.group as typeof e[]).forEach(visit);
    else if (e.address || e.name) out.push({ name: stripNul(e.name ?? '').trim(), email: (e.address ?? '').trim().toLowerCase() });
  };
  for (const obj of Array.isArray(v) ? v : [v]) obj.value.forEach(visit);
  return out;
}

const bareId = (id: string) => id.trim().replace(/^<|>$/g, '').trim();

function idList(v: unknown): string[] {
  const raw = Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
  return (raw.match(/<[^<>\s]+>|[^\s<>,]+@[^\s<>,]+/g) ?? []).map(bareId).filter(Boolean);
}

function selectedHeaders(lines: HeaderLines | false, parsed: Headers | false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, line } of lines || []) {
    if (!SELECTED_HEADERS.has(key) || key in out) continue;
    const value = parsed ? parsed.get(key) : undefined;
    // Prefer mailparser's decoded value when it is plain text (e.g. Subject); else the unfolded raw line.
    out[key] = stripNul(typeof value === 'string' ? value : line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim());
  }
  return out;
}

// ---- checks on the raw bytes for damage mailparser tolerates silently ----

function knownCharset(cs: string): boolean {
  const c = cs.trim().toLowerCase();
  if (['us-ascii', 'ascii', 'utf8', 'binary', '8bit', 'latin1', 'iso-2022-jp', 'shift_jis', 'euc-jp', 'cp1252'].includes(c)) return true;
  try { new TextDecoder(c); return true; } catch { return false; }
}

function rawChecks(raw: Buffer): string[] {
  const warnings: string[] = [];
  if (raw.includes(0)) warnings.push('The message contains NUL bytes; they were removed from the text.');
  const s = raw.subarray(0, 64 * 1024 * 1024).toString('latin1');
  if (!/\r?\n\r?\n/.test(s)) warnings.push('No blank line after the headers: the message may be truncated (headers only).');
  const boundaries = new Set<string>();
  for (const m of s.matchAll(/boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/gi)) boundaries.add(m[1] ?? m[2]);
  for (const b of boundaries) {
    if (!s.includes(`--${b}--`)) warnings.push(`The multipart section "${b}" has no closing boundary: the message looks truncated.`);
  }
  const charsets = new Set<string>();
  for (const m of s.matchAll(/charset\s*=\s*"?([^"\s;]+)"?/gi)) charsets.add(m[1].toLowerCase());
  for (const m of s.matchAll(/=\?([^?*\s]+)(?:\*[^?]*)?\?[bqBQ]\?/g)) charsets.add(m[1].toLowerCase());
  for (const cs of charsets) if (!knownCharset(cs)) warnings.push(`Unknown character set "${cs}": that text was decoded as best effort and may show wrong characters.`);
  warnings.push(...base64Checks(s));
  return warnings;
}

/** Finds base64 bodies (a part whose headers say base64) and checks their alphabet and length. */
function base64Checks(s: string): string[] {
  const warnings: string[] = [];
  const lines = s.split(/\r?\n/);
  let inHeaders = true;
  let partIsBase64 = false;
  let collecting = false;
  let body = '';
  let bad = false;
  let part = 0;
  const flush = () => {
    if (collecting && body.length > 0) {
      if (bad) warnings.push(`Attachment or text part ${part} has damaged base64 (invalid characters); decoded as far as possible.`);
      else if (body.replace(/=+$/, '').length % 4 === 1) warnings.push(`Attachment or text part ${part} has incomplete base64: it looks cut off.`);
    }
    collecting = false; body = ''; bad = false;
  };
  for (const line of lines) {
    if (line.startsWith('--')) { flush(); inHeaders = true; partIsBase64 = false; part++; continue; }
    if (inHeaders) {
      if (line.trim() === '') { inHeaders = false; collecting = partIsBase64; continue; }
      if (/^content-transfer-encoding\s*:\s*base64/i.test(line)) partIsBase64 = true;
      if (/^content-type\s*:\s*multipart\//i.test(line)) partIsBase64 = false;
      continue;
    }
    if (collecting) {
      const t = line.trim();
      if (!/^[A-Za-z0-9+/=]*$/.test(t)) bad = true;
      body += t;
    }
  }
  flush();
  return warnings;
}

// ---- the fallback when MIME parsing fails ----

function splitHeaderBlock(raw: Buffer): { head: Buffer; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const candidates = [crlf >= 0 ? [crlf, 4] : null, lf >= 0 ? [lf, 2] : null].filter(Boolean) as number[][];
  if (candidates.length === 0) return { head: raw.subarray(0, 1024 * 1024), body: Buffer.alloc(0) };
  const [at, len] = candidates.sort((a, b) => a[0] - b[0])[0];
  return { head: raw.subarray(0, Math.min(at, 1024 * 1024)), body: raw.subarray(at + len) };
}

function bodyAsText(body: Buffer): string {
  const slice = body.subarray(0, 2 * 1024 * 1024);
  const utf8 = slice.toString('utf8');
  return stripNul(utf8.includes('\uFFFD') ? slice.toString('latin1') : utf8);
}

async function headersOnly(raw: Buffer, reason: string, base: ParsedMessage): Promise<ParsedMessage> {
  const { head, body } = splitHeaderBlock(raw);
  const out: ParsedMessage = { ...base, text: bodyAsText(body), warnings: [...base.warnings, `The MIME structure could not be parsed (${reason}); kept the headers and the body as plain text.`] };
  try {
    // Drop oversized header fields (the usual reason the parser refused) before trying again.
    const fields = head.toString('latin1').split(/\r?\n(?![ \t])/);
    const kept = fields.filter((f) => f.length <= 64 * 1024);
    if (kept.length < fields.length) out.warnings.push(`${fields.length - kept.length} oversized header field(s) were ignored.`);
    const m = await simpleParser(Buffer.concat([Buffer.from(kept.join('\r\n'), 'latin1'), Buffer.from('\r\n\r\n')]), { skipImageLinks: true, skipTextToHtml: true });
    fillHeaders(out, m.headers, m.headerLines);
  } catch (err) {
    out.warnings.push(`Even the headers could not be parsed (${(err as Error).message}).`);
    const unfolded = stripNul(head.toString('latin1')).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
    for (const l of unfolded) {
      const i = l.indexOf(':');
      if (i > 0) {
        const k = l.slice(0, i).trim().toLowerCase();
        if (SELECTED_HEADERS.has(k) && !(k in out.headers)) out.headers[k] = l.slice(i + 1).trim();
      }
    }
    out.subject = out.headers.subject ?? '';
    out.messageId = out.headers['message-id'] ? bareId(out.headers['message-id']) : null;
  }
  return out;
}

function fillHeaders(out: ParsedMessage, headers: Headers, lines: HeaderLines): void {
  out.headers = selectedHeaders(lines, headers);
  const subject = headers.get('subject');
  out.subject = stripNul(typeof subject === 'string' ? subject : '').trim();
  const mid = headers.get('message-id');
  out.messageId = typeof mid === 'string' && bareId(mid) ? bareId(mid) : null;
  const irt = idList(headers.get('in-reply-to'));
  out.inReplyTo = irt[0] ?? null;
  out.references = idList(headers.get('references'));
  out.from = addresses(headers.get('from') as AddressObject | undefined)[0] ?? null;
  out.to = addresses(headers.get('to') as AddressObject | AddressObject[] | undefined);
  out.cc = addresses(headers.get('cc') as AddressObject | AddressObject[] | undefined);
  out.replyTo = addresses(headers.get('reply-to') as AddressObject | undefined)[0] ?? null;
  const date = headers.get('date');
  out.date = date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

// ---- the main parse ----

function streamParse(raw: Buffer, opts: Required<ParseOptions>, out: ParsedMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 10 * 1024 * 1024, checksumAlgo: 'sha256' });
    let headers: Headers | false = false;
    let lines: HeaderLines | false = false;
    let kept = 0;
    const timer = setTimeout(() => { parser.destroy(); reject(new Error(`no result after ${opts.timeoutMs} ms`)); }, opts.timeoutMs);
    parser.on('headers', (h: Headers) => { headers = h; });
    parser.on('headerLines', (l: HeaderLines) => { lines = l; });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        out.text = stripNul(data.text ?? '');
        out.html = data.html ? stripNul(data.html) : null;
        if (data.textConversionError) out.warnings.push(`The HTML part could not be turned into text (${data.textConversionError.message}).`);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let omitted = false;
      const hash = createHash('sha256');
      data.content.on('data', (c: Buffer) => {
        size += c.length;
        hash.update(c);
        if (omitted) return;
        if (size > opts.maxAttachmentBytes || kept + c.length > opts.maxTotalAttachmentBytes) {
          omitted = true;
          kept -= chunks.reduce((n, b) => n + b.length, 0);
          chunks.length = 0;
          return;
        }
        chunks.push(c);
        kept += c.length;
      });
      data.content.on('end', () => {
        const filename = data.filename ? stripNul(data.filename) : null;
        if (omitted) out.warnings.push(`Attachment "${filename ?? 'unnamed'}" (${size} bytes) is larger than the in-memory cap; only its size and sha256 were recorded.`);
        out.attachments.push({ filename, contentType: data.contentType, size, sha256: hash.digest('hex'), content: omitted ? Buffer.alloc(0) : Buffer.concat(chunks), contentOmitted: omitted });
        data.release?.();
      });
    });
    parser.on('error', (err: Error) => { clearTimeout(timer); reject(err); });
    parser.on('end', () => {
      clearTimeout(timer);
      if (headers && lines) fillHeaders(out, headers, lines);
      resolve();
    });
    parser.end(raw);
  });
}

export async function parseMessage(raw: Buffer, options: ParseOptions = {}): Promise<ParsedMessage> {
  const opts: Required<ParseOptions> = {
    maxAttachmentBytes: options.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES,
    maxTotalAttachmentBytes: options.maxTotalAttachmentBytes ?? MAX_TOTAL_ATTACHMENT_BYTES,
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  const base: ParsedMessage = {
    messageId: null, inReplyTo: null, references: [], subject: '', from: null, to: [], cc: [], replyTo: null,
    date: null, text: '', html: null, attachments: [], headers: {}, warnings: [], sha256: sha256(raw), size: raw.length,
  };
  try {
    base.warnings.push(...rawChecks(raw));
  } catch (err) {
    base.warnings.push(`The raw message could not be checked for damage (${(err as Error).message}).`);
  }
  let out: ParsedMessage;
  try {
    out = { ...base, warnings: [...base.warnings], attachments: [] };
    await streamParse(raw, opts, out);
  } catch (err) {
    out = await headersOnly(raw, (err as Error).message, base);
  }
  if (!out.from) out.warnings.push('No readable From address.');
  if (!out.messageId) out.warnings.push('No Message-ID: duplicates are recognised by the sha256 of the raw bytes.');
  if (!out.date) out.warnings.push(out.headers.date ? `Unreadable Date header "${out.headers.date}".` : 'No Date header.');
  return out;
}
