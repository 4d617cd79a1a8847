// A text's keys: the first characters (up to KEY_LENGTH) found at each of its word starts, hashed
// into slots, as bits and as a list. A phrase one of whose words is not among them cannot occur in
// the text (see match.ts, phraseFilter); a text is read once for them.
import type { FoldedText } from './match';

/** Keys are a word's first 1 to KEY_LENGTH characters. */
export const KEY_LENGTH = 8;

// Keys are found by a hash of their characters, worked out as a text is read, so no piece of the
// text is copied; two keys sharing a slot only let a phrase through to its regex, never lose one.
const SLOT_BITS = 16;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/** How many slots keys are hashed into. */
export const KEY_SLOTS = 1 << SLOT_BITS;

function nextHash(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

function slotOf(hash: number, length: number): number {
  return (hash ^ Math.imul(length, 0x9e3779b1)) & SLOT_MASK;
}

export function keySlot(key: string): number {
  let hash = 0;
  for (let k = 0; k < key.length; k++) hash = nextHash(hash, key.charCodeAt(k));
  return slotOf(hash, key.length);
}

// 1 when a UTF-16 unit is surely a letter or digit; surrogate halves count as not, which can only
// add word starts, never lose one.
const wordUnits = new Int8Array(0x10000).fill(-1);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
export function isWordUnit(unit: number): boolean {
  let w = wordUnits[unit];
  if (w === -1) w = wordUnits[unit] = unit >= 0xd800 && unit <= 0xdfff ? 0 : WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 0;
  return w === 1;
}

/** The keys found at a text's word starts, one bit per slot. */
export type TextKeys = Uint32Array;

/**
 * A text's keys as bits (for couldOccur) and as the list of distinct slots set (for PhraseIndex):
 * slots[0, count). A slot fits 16 bits (SLOT_BITS).
 */
export interface KeySet { bits: TextKeys; slots: Uint16Array; count: number; owner: FoldedText | null }

/** A text's keys are kept on the text itself (see match.ts, Worked). */
interface WithKeys extends FoldedText { keys?: KeySet }

// Key sets are lent from a ring and reused: allocating a fresh 8 KB bitset for every text read
// cost as much as reading it, and a fresh list of slots for each lived on in the ring until the
// set was lent again, to be copied by every collection meanwhile. A text whose set was lent on to
// another is read again when asked, so a set is only ever used for its own text; one handed out
// stays valid while fewer than RING other texts are read (a classification reads about eight).
const RING = 64;
const ring: KeySet[] = Array.from({ length: RING }, () => ({ bits: new Uint32Array(KEY_SLOTS >> 5), slots: new Uint16Array(256), count: 0, owner: null }));
let nextInRing = 0;

/** Reads a text once for its keys; then couldOccur rules phrases out cheaply. */
export function textKeys(text: FoldedText): TextKeys {
  return keySet(text).bits;
}

/** The distinct slots set in a text's keys, in the order first found. */
export function textKeySlots(text: FoldedText): ArrayLike<number> {
  const set = keySet(text);
  return set.slots.subarray(0, set.count);
}

export function ownKeys(text: FoldedText): KeySet | undefined {
  const set = (text as WithKeys).keys;
  return set && set.owner === text ? set : undefined;
}

/** The next set of the ring, cleared, with room for at least this many slots. */
function lendKeySet(room: number): KeySet {
  const set = ring[nextInRing];
  nextInRing = (nextInRing + 1) % RING;
  for (let k = 0; k < set.count; k++) set.bits[set.slots[k] >> 5] = 0;
  set.count = 0;
  set.owner = null;
  if (set.slots.length < room) set.slots = new Uint16Array(Math.min(KEY_SLOTS, Math.max(room, set.slots.length * 2)));
  return set;
}

export function keySet(text: FoldedText): KeySet {
  const own = ownKeys(text);
  if (own) return own;
  const s = text.folded;
  const set = lendKeySet(0);
  const { bits } = set;
  let slots = set.slots;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && isWordUnit(s.charCodeAt(i - 1))) continue;
    let hash = 0;
    for (let length = 1; length <= KEY_LENGTH && i + length <= s.length; length++) {
      // Every length, not just those of today's keys, so phrases first seen later are covered too.
      hash = nextHash(hash, s.charCodeAt(i + length - 1));
      const slot = slotOf(hash, length);
      const bit = 1 << (slot & 31);
      if ((bits[slot >> 5] & bit) === 0) {
        bits[slot >> 5] |= bit;
        if (count === slots.length) slots = set.slots = grown(slots);
        slots[count++] = slot;
      }
    }
  }
  set.count = count;
  set.owner = text;
  (text as WithKeys).keys = set;
  return set;
}

/** The slots, with twice the room (never more than there are slots). */
function grown(slots: Uint16Array): Uint16Array {
  const more = new Uint16Array(Math.min(KEY_SLOTS, slots.length * 2));
  more.set(slots);
  return more;
}

/** Where unionKeys keeps both texts' slots while it lends a set, which may be one of theirs. */
let unionScratch = new Uint16Array(512);

export function unionKeys(text: FoldedText, a: KeySet, b: KeySet): void {
  const n = a.count + b.count;
  if (unionScratch.length < n) unionScratch = new Uint16Array(n * 2);
  unionScratch.set(a.slots.subarray(0, a.count));
  unionScratch.set(b.slots.subarray(0, b.count), a.count);
  // Both texts' distinct slots hold every slot of the union.
  const set = lendKeySet(Math.min(KEY_SLOTS, n));
  const { bits, slots } = set;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const slot = unionScratch[k];
    const bit = 1 << (slot & 31);
    if ((bits[slot >> 5] & bit) === 0) {
      bits[slot >> 5] |= bit;
      slots[count++] = slot;
    }
  }
  set.count = count;
  set.owner = text;
  (text as WithKeys).keys = set;
}
