// Streaming mbox splitter (RFC 4155 mboxo / mboxrd, and mboxcl2's Content-Length). Reads the file
// in chunks and yields one message at a time, so a 2 GB mailbox never sits in memory: only the
// message being assembled (capped by maxMessageBytes) and one read chunk are held.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export interface MboxMessage {
  /** 1-based position of the message in the mailbox (humans say "message 1"). */
  index: number;
  /** The message bytes without the "From " separator line, with ">From " lines unescaped. */
  raw: Buffer;
  /** Byte offset in the file of the message's "From " separator line (or its first line). */
  offset: number;
  /** Bytes of the file consumed so far, for progress bars. */
  bytesRead: number;
  /** True when the message was longer than maxMessageBytes and was cut at that size. */
  truncated: boolean;
}

export interface MboxSplitOptions {
  /** mboxrd (default) removes one '>' from any /^>+From /; mboxo only from /^>From /. */
  format?: 'mboxrd' | 'mboxo';
  signal?: AbortSignal;
  /** Called after each chunk with the number of bytes read so far. */
  onProgress?: (bytesRead: number) => void;
  /** A message longer than this is cut (and marked truncated) so memory stays bounded. Default 256 MiB. */
  maxMessageBytes?: number;
  /** Read chunk size for file paths. Default 1 MiB. */
  highWaterMark?: number;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const FROM_ = Buffer.from('From ');

function isBlankLine(buf: Buffer, start: number, end: number): boolean {
  const len = end - start; // includes the LF
  return len === 1 || (len === 2 && buf[start] === CR);
}

function startsWithAt(buf: Buffer, at: number, end: number, prefix: Buffer): boolean {
  if (end - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/** Number of leading '>' of an escaped From line, or 0 when the line is not one. */
function escapedFromDepth(buf: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end && buf[i] === 0x3e) i++;
  const depth = i - start;
  return depth > 0 && startsWithAt(buf, i, end, FROM_) ? depth : 0;
}

class MessageBuilder {
  private parts: Buffer[] = [];
  private size = 0;
  truncated = false;
  started = false;
  offset = 0;
  constructor(private readonly cap: number) {}
  begin(offset: number): void {
    this.parts = [];
    this.size = 0;
    this.truncated = false;
    this.started = true;
    this.offset = offset;
  }
  push(part: Buffer): void {
    if (part.length === 0) return;
    const room = this.cap - this.size;
    if (room <= 0) { this.truncated = true; return; }
    const piece = part.length > room ? part.subarray(0, room) : part;
    if (part.length > room) this.truncated = true;
    // A view into the read chunk, not a copy: take() copies the whole message out at once, so the
    // chunk is kept only while the message being built still has lines in it.
    this.parts.push(piece);
    this.size += piece.length;
  }
  get length(): number {
    return this.size;
  }
  /** A mark to roll back to: the number of parts pushed so far. */
  mark(): number {
    return this.parts.length;
  }
  /** Removes and returns the parts pushed since the mark (each pushed part is one line). */
  rollback(mark: number): Buffer[] {
    const removed = this.parts.splice(mark);
    for (const p of removed) this.size -= p.length;
    return removed;
  }
  hasContent(): boolean {
    return this.parts.some((p) => p.some((b) => b !== LF && b !== CR && b !== 0x20 && b !== 0x09));
  }
  take(): Buffer {
    const out = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    this.started = false;
    return out;
  }
}

/**
 * Splits an mbox into messages. A "From " line starts a new message only at the start of the
 * file or right after a blank line; the blank line before it belongs to the mbox format and is
 * not part of the message. Text before the first separator is yielded as a message too (never
 * dropped). Throws the signal's reason when aborted.
 */
export async function* splitMbox(source: string | Readable, options: MboxSplitOptions = {}): AsyncGenerator<MboxMessage> {
  const rd = (options.format ?? 'mboxrd') === 'mboxrd';
  const cap = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const { signal } = options;
  signal?.throwIfAborted();
  const stream: Readable = typeof source === 'string'
    ? createReadStream(source, { highWaterMark: options.highWaterMark ?? 1024 * 1024 })
    : source;

  const msg = new MessageBuilder(cap);
  let index = 0;
  let bytesRead = 0;
  let lineOffset = 0; // file offset of the start of the current line
  let prevBlank = true; // start of file counts as "after a blank line"
  let pendingBlank: Buffer | null = null; // a blank line held back: it may precede a separator
  let carry: Buffer | null = null;
  // Whether the message being built began with a real "From " separator (vs. leading text).
  let isSeparatorStart = false;

  const finish = (): MboxMessage | null => {
    if (!msg.started) return null;
    const offset = msg.offset;
    const truncated = msg.truncated;
    if (index === 0 && !msg.hasContent() && offset === 0 && !isSeparatorStart) {
      msg.take();
      return null;
    }
    index++;
    return { index, raw: msg.take(), offset, bytesRead, truncated };
  };
  // mboxcl2 (Mutt, Solaris mail) does not escape "From " in bodies; it gives each body's length in
  // a Content-Length header instead. The length is trusted only when it ends exactly where the
  // next separator (or the file) begins; otherwise the counted lines are read again the usual way.
  let inHeaders = false;
  let contentLength: number | null = null;
  let counting: { remaining: number; mark: number; offset: number; checking: boolean } | null = null;

  const plainLine = (buf: Buffer, start: number, end: number, blank: boolean): void => {
    if (!msg.started) { msg.begin(lineOffset); isSeparatorStart = false; }
    if (pendingBlank) { msg.push(pendingBlank); pendingBlank = null; }
    if (blank) {
      pendingBlank = buf.subarray(start, end);
    } else {
      const depth = escapedFromDepth(buf, start, end);
      if (depth > 0 && (rd || depth === 1)) msg.push(buf.subarray(start + 1, end));
      else msg.push(buf.subarray(start, end));
    }
  };

  /** The length did not fit: take the counted lines back and read them as any other mbox lines. */
  const recount = (): void => {
    const { mark, offset } = counting!;
    counting = null;
    contentLength = null;
    const lines = msg.rollback(mark);
    const held = pendingBlank; // a blank line seen after the counted bytes comes after them
    pendingBlank = null;
    lineOffset = offset;
    prevBlank = true; // the header block ended with a blank line
    for (const line of held ? [...lines, held] : lines) handleLine(line, 0, line.length);
  };

  const handleLine = (buf: Buffer, start: number, end: number): void => {
    const blank = isBlankLine(buf, start, end);
    if (counting && !counting.checking) {
      const length = end - start;
      // A length that ends inside a line is not this mailbox's framing.
      if (length > counting.remaining) return recount(), handleLine(buf, start, end);
      msg.push(buf.subarray(start, end));
      counting.remaining -= length;
      counting.checking = counting.remaining === 0;
      // Right after the counted body a separator may follow.
      prevBlank = counting.checking || blank;
      lineOffset += length;
      return;
    }
    if (counting?.checking && !blank && !startsWithAt(buf, start, end, FROM_)) return recount(), handleLine(buf, start, end);
    if (prevBlank && startsWithAt(buf, start, end, FROM_)) {
      pendingBlank = null; // the separator's preceding blank line is dropped
      counting = null;
      const done = finish();
      if (done) ready.push(done);
      msg.begin(lineOffset);
      isSeparatorStart = true;
      inHeaders = true;
      contentLength = null;
    } else {
      plainLine(buf, start, end, blank);
      if (inHeaders && blank) {
        inHeaders = false;
        // A length past the cap could not be checked: it would be cut before its end.
        if (contentLength !== null && msg.length + contentLength <= cap) {
          // The blank line that ends the headers is the message's own, not framing.
          msg.push(pendingBlank!);
          pendingBlank = null;
          counting = { remaining: contentLength, mark: msg.mark(), offset: lineOffset + (end - start), checking: contentLength === 0 };
        }
      } else if (inHeaders && isSeparatorStart && (buf[start] | 0x20) === 0x63 /* c */) {
        const header = /^content-length:[ \t]*(\d{1,12})[ \t]*\r?\n$/i.exec(buf.toString('latin1', start, Math.min(end, start + 40)));
        if (header) contentLength = Number(header[1]);
      }
    }
    prevBlank = blank || (counting?.checking ?? false);
    lineOffset += end - start;
  };
  const ready: MboxMessage[] = [];

  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      signal?.throwIfAborted();
      let buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytesRead += buf.length;
      if (carry) { buf = Buffer.concat([carry, buf]); carry = null; }
      let pos = 0;
      for (;;) {
        const nl = buf.indexOf(LF, pos);
        if (nl < 0) break;
        handleLine(buf, pos, nl + 1);
        while (ready.length) yield ready.shift()!;
        pos = nl + 1;
      }
      if (pos < buf.length) {
        // A partial line: keep it for the next chunk. A pathological line longer than the message
        // cap is passed on in pieces rather than held whole.
        const rest = buf.subarray(pos);
        if (rest.length > cap) {
          counting = null;
          inHeaders = false;
          if (!msg.started) { msg.begin(lineOffset); isSeparatorStart = false; }
          if (pendingBlank) { msg.push(pendingBlank); pendingBlank = null; }
          msg.push(rest);
          lineOffset += rest.length;
          prevBlank = false;
        } else {
          carry = Buffer.from(rest);
        }
      }
      options.onProgress?.(bytesRead);
    }
    if (carry && carry.length > 0) handleLine(carry, 0, carry.length);
    // The file ended before the counted length did: it was not this mailbox's framing either.
    // (A cast: TypeScript does not see handleLine set `counting`.)
    if ((counting as { checking: boolean } | null)?.checking === false) recount();
    while (ready.length) yield ready.shift()!;
    // The blank line at the end of the file is mbox framing (RFC 4155), not message content.
    pendingBlank = null;
    const last = finish();
    if (last) yield last;
  } finally {
    if (typeof source === 'string') stream.destroy();
  }
}
