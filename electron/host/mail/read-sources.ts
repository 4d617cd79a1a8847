// Turns what the DPO picked for import (.eml files, .mbox files, folders of them) into a stream
// of raw messages. Nothing here throws for a bad file: an unreadable file becomes an 'error'
// item so the import carries on and can report it.
import { createReadStream } from 'node:fs';
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DEFAULT_MAX_MESSAGE_BYTES, splitMbox } from './mbox-splitter';

/**
 * One message read from a source. `file` is the path as given (joined with folder entries) for
 * an .eml, and "path#index" for a message inside an mbox, where index is 1-based (the first
 * message of inbox.mbox is "inbox.mbox#1"), matching MboxMessage.index.
 */
export interface SourceMessage {
  kind: 'message';
  file: string;
  raw: Buffer;
  /** Source bytes consumed so far over all files, comparable with estimateSourceBytes(). */
  bytesDone: number;
  /** The message was longer than the cap and was cut. */
  truncated: boolean;
}

export interface SourceError {
  kind: 'error';
  file: string;
  message: string;
  bytesDone: number;
}

export type SourceItem = SourceMessage | SourceError;

export interface ReadSourcesOptions {
  signal?: AbortSignal;
  /** Called with source bytes consumed so far (over all files). */
  onProgress?: (bytesDone: number) => void;
  maxMessageBytes?: number;
}

const MAIL_EXTENSIONS = new Set(['.eml', '.mbox', '.mbx']);

function isMboxName(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.mbox' || ext === '.mbx';
}

async function startsWithFromLine(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(5);
    const { bytesRead } = await fh.read(buf, 0, 5, 0);
    return bytesRead === 5 && buf.toString('latin1') === 'From ';
  } finally {
    await fh.close();
  }
}

/**
 * Lists the mail files under the given paths: files named explicitly are always taken; inside
 * folders (recursively, sorted by name, hidden entries and symlinked folders skipped) only
 * .eml, .mbox and .mbx files are.
 */
export async function listMailFiles(paths: readonly string[]): Promise<{ files: string[]; errors: SourceError[] }> {
  const files: string[] = [];
  const errors: SourceError[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ kind: 'error', file: dir, message: `folder could not be read: ${(err as Error).message}`, bytesDone: 0 });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && MAIL_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    try {
      const st = await lstat(p);
      if (st.isDirectory()) await walk(p);
      else files.push(p);
    } catch (err) {
      errors.push({ kind: 'error', file: p, message: `not found or not readable: ${(err as Error).message}`, bytesDone: 0 });
    }
  }
  return { files, errors };
}

/** Total size in bytes of the mail files under the given paths: the denominator for progress. */
export async function estimateSourceBytes(paths: readonly string[]): Promise<number> {
  const { files } = await listMailFiles(paths);
  let total = 0;
  for (const f of files) {
    try { total += (await stat(f)).size; } catch { /* reported when read */ }
  }
  return total;
}

async function readCapped(path: string, cap: number, signal?: AbortSignal): Promise<{ raw: Buffer; truncated: boolean; size: number }> {
  const parts: Buffer[] = [];
  let kept = 0;
  let size = 0;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal?.throwIfAborted();
      size += chunk.length;
      const room = cap - kept;
      if (room > 0) {
        const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
        parts.push(piece);
        kept += piece.length;
      }
    }
  } finally {
    stream.destroy();
  }
  return { raw: Buffer.concat(parts, kept), truncated: size > kept, size };
}

/**
 * Yields every message found under the given paths, in a stable order. Aborting throws the
 * signal's reason; any other problem with one file is yielded as an 'error' item.
 */
export async function* readSources(paths: readonly string[], options: ReadSourcesOptions = {}): AsyncGenerator<SourceItem> {
  const { signal } = options;
  const cap = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const { files, errors } = await listMailFiles(paths);
  for (const e of errors) yield e;
  let done = 0;
  for (const file of files) {
    signal?.throwIfAborted();
    let mbox: boolean;
    try {
      mbox = isMboxName(file) || (extname(file).toLowerCase() !== '.eml' && (await startsWithFromLine(file)));
    } catch (err) {
      yield { kind: 'error', file, message: `could not be read: ${(err as Error).message}`, bytesDone: done };
      continue;
    }
    if (mbox) {
      const base = done;
      try {
        for await (const m of splitMbox(file, { signal, maxMessageBytes: cap, onProgress: (b) => options.onProgress?.(base + b) })) {
          yield { kind: 'message', file: `${file}#${m.index}`, raw: m.raw, bytesDone: base + m.bytesRead, truncated: m.truncated };
        }
        done = base + (await stat(file)).size;
      } catch (err) {
        if (signal?.aborted) throw err;
        yield { kind: 'error', file, message: `mailbox could not be read to the end: ${(err as Error).message}`, bytesDone: done };
      }
    } else {
      try {
        const { raw, truncated, size } = await readCapped(file, cap, signal);
        done += size;
        options.onProgress?.(done);
        yield { kind: 'message', file, raw, bytesDone: done, truncated };
      } catch (err) {
        if (signal?.aborted) throw err;
        yield { kind: 'error', file, message: `could not be read: ${(err as Error).message}`, bytesDone: done };
      }
    }
  }
}
