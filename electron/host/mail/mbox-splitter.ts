// Streaming mbox splitter (RFC 4155 mboxo / mboxrd). Reads the file in chunks and yields one
// message at a time, so a 2 GB mailbox never sits in memory: only the message being assembled
// (capped by maxMessageBytes) and one read chunk are held.
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
    // Copy: the slice points into the read chunk, which would otherwise be kept alive.
    const piece = part.length > room ? part.subarray(0, room) : part;
    if (part.length > room) this.truncated = true;
    this.parts.push(Buffer.from(piece));
    this.size += piece.length;
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
  const handleLine = (buf: Buffer, start: number, end: number): MboxMessage | null => {
    let done: MboxMessage | null = null;
    const blank = isBlankLine(buf, start, end);
    if (prevBlank && startsWithAt(buf, start, end, FROM_)) {
      pendingBlank = null; // the separator's preceding blank line is dropped
      done = finish();
      msg.begin(lineOffset);
      isSeparatorStart = true;
    } else {
      if (!msg.started) { msg.begin(lineOffset); isSeparatorStart = false; }
      if (pendingBlank) { msg.push(pendingBlank); pendingBlank = null; }
      if (blank) {
        pendingBlank = Buffer.from(buf.subarray(start, end));
      } else {
        const depth = escapedFromDepth(buf, start, end);
        if (depth > 0 && (rd || depth === 1)) msg.push(buf.subarray(start + 1, end));
        else msg.push(buf.subarray(start, end));
      }
    }
    prevBlank = blank;
    lineOffset += end - start;
    return done;
  };

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
        const done = handleLine(buf, pos, nl + 1);
        if (done) yield done;
        pos = nl + 1;
      }
      if (pos < buf.length) {
        // A partial line: keep it for the next chunk. A pathological line longer than the message
        // cap is passed on in pieces rather than held whole.
        const rest = buf.subarray(pos);
        if (rest.length > cap) {
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
    if (carry && carry.length > 0) {
      const done = handleLine(carry, 0, carry.length);
      if (done) yield done;
    }
    // The blank line at the end of the file is mbox framing (RFC 4155), not message content.
    pendingBlank = null;
    const last = finish();
    if (last) yield last;
  } finally {
    if (typeof source === 'string') stream.destroy();
  }
}
