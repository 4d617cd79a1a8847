// postal-mime 4.0.0 joins the decoded lines of each MIME part by building a Blob of them and reading
// it back with blob.arrayBuffer(). In Node that takes an asynchronous step for every line: for short
// mail it was most of the parse (a 600-byte message took ~0.29 ms to parse, ~0.11 ms with its lines
// joined in place). Its three decoders (7bit/8bit, base64, quoted-printable) keep their output in
// `chunks` and flush what they hold back before joining; joined here, finalize() does the same,
// at once. It is applied to the decoder classes a parser reveals, and only where finalize() is, word
// for word, the one this was written for; otherwise postal-mime is left exactly as it is, and the
// test that checks this is in effect fails, so an upgrade that changes the decoders is noticed.
import PostalMime from 'postal-mime';

type Chunk = string | ArrayBuffer | ArrayBufferView;
interface Decoder {
  chunks: Chunk[];
  finalize(): unknown;
}

/** The finalize() bodies of postal-mime 4.0.0's decoders (comments and white space removed), and what each flushes first. */
const KNOWN_FINALIZE: Record<string, string | null> = {
  "finalize(){returnblobToArrayBuffer(newBlob(this.chunks,{type:'application/octet-stream'}));}": null,
  "finalize(){this.flushRemainder();returnblobToArrayBuffer(newBlob(this.chunks,{type:'application/octet-stream'}));}": 'flushRemainder',
  "finalize(){this.flushBuffer();returnblobToArrayBuffer(newBlob(this.chunks,{type:'application/octet-stream'}));}": 'flushBuffer',
};

const ENCODINGS = ['8bit', 'base64', 'quoted-printable'];
const utf8 = new TextEncoder();

const normalised = (fn: unknown) => String(fn).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').replace(/\s+/g, '');

/** The chunks as one ArrayBuffer, as the Blob would have given them (strings as UTF-8). */
export function joinChunks(chunks: readonly Chunk[]): ArrayBuffer {
  const parts = chunks.map((c) =>
    typeof c === 'string' ? utf8.encode(c) : c instanceof ArrayBuffer ? new Uint8Array(c) : new Uint8Array(c.buffer, c.byteOffset, c.byteLength),
  );
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}

/** Each decoder class with its own finalize(), found through a parser's root part. */
function decoderPrototypes(): Decoder[] {
  const root = (new PostalMime() as unknown as { root?: { setupContentDecoder?(encoding: string): void; contentDecoder?: Decoder } }).root;
  const found = new Set<Decoder>();
  for (const encoding of ENCODINGS) {
    root?.setupContentDecoder?.(encoding);
    if (root?.contentDecoder) found.add(Object.getPrototypeOf(root.contentDecoder) as Decoder);
  }
  return [...found];
}

const originals = new Map<Decoder, Decoder['finalize']>();

/**
 * Joins decoded parts in place (on) or leaves postal-mime's own finalize() (off). Returns whether
 * the parts are now joined in place: false when postal-mime's decoders are not the ones expected.
 */
export function joinPartsInPlace(on = true): boolean {
  if (!originals.size) {
    const prototypes = decoderPrototypes();
    const fitting = prototypes.filter((p) => normalised(p.finalize) in KNOWN_FINALIZE);
    if (prototypes.length !== ENCODINGS.length || fitting.length !== prototypes.length) return false;
    for (const p of prototypes) originals.set(p, p.finalize);
  }
  for (const [proto, original] of originals) {
    if (!on) {
      proto.finalize = original;
      continue;
    }
    const flush = KNOWN_FINALIZE[normalised(original)];
    proto.finalize = function joinInPlace(this: Decoder & Record<string, unknown>) {
      if (flush) (this[flush] as () => void)();
      return joinChunks(this.chunks);
    };
  }
  return on;
}
