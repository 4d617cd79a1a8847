// Many phrases, one text: which of them could occur in it? Each phrase is filed under its most
// telling key (see match.ts); the index looks up each key the text has (a short text has far fewer
// than the index), or asks a long text about each key filed (a bit test each), instead of every
// phrase of every vocabulary being tested against every text.
// A candidate must still pass couldOccur and its regex, so the answer is the same as testing
// them all, only cheaper.
import { couldOccur, KEY_SLOTS, phraseId, phraseIndexSlot, textKeySlots, textKeys, type FoldedText } from './match';

export class PhraseIndex {
  private readonly ids: Int32Array;
  /** Each slot phrases are filed under, with its phrases at filed[start[s]] up to filed[start[s + 1]]. */
  private readonly slots: Int32Array;
  private readonly start: Int32Array;
  private readonly filed: Int32Array;
  /** For each of the 64k slots, its position in `slots`, or -1 when no phrase is filed under it. */
  private readonly slotPosition = new Int32Array(KEY_SLOTS).fill(-1);
  /** Phrases with no key (every word starts with a sign): candidates for every text. */
  private readonly keyless: number[] = [];

  constructor(readonly phrases: readonly string[]) {
    this.ids = Int32Array.from(phrases, phraseId);
    const bySlot = new Map<number, number[]>();
    phrases.forEach((phrase, i) => {
      const slot = phraseIndexSlot(phrase);
      if (slot < 0) return void this.keyless.push(i);
      const filed = bySlot.get(slot);
      if (filed) filed.push(i);
      else bySlot.set(slot, [i]);
    });
    this.slots = Int32Array.from(bySlot.keys());
    this.start = new Int32Array(bySlot.size + 1);
    const filed: number[] = [];
    [...bySlot.values()].forEach((list, s) => {
      filed.push(...list);
      this.start[s + 1] = filed.length;
    });
    this.filed = Int32Array.from(filed);
    this.slots.forEach((slot, s) => (this.slotPosition[slot] = s));
  }

  /** Positions (in `phrases`, ascending) of the phrases that may occur in the text. */
  candidates(text: FoldedText): number[] {
    const keys = textKeys(text);
    const present = textKeySlots(text);
    const out: number[] = [];
    const { slots, start, filed, ids, slotPosition } = this;
    const take = (s: number) => {
      for (let k = start[s]; k < start[s + 1]; k++) if (couldOccur(keys, ids[filed[k]])) out.push(filed[k]);
    };
    if (present.length < slots.length) {
      for (let p = 0; p < present.length; p++) {
        const s = slotPosition[present[p]];
        if (s >= 0) take(s);
      }
    } else {
      for (let s = 0; s < slots.length; s++) {
        const slot = slots[s];
        if ((keys[slot >> 5] & (1 << (slot & 31))) !== 0) take(s);
      }
    }
    for (const i of this.keyless) if (couldOccur(keys, this.ids[i])) out.push(i);
    return out.sort((a, b) => a - b);
  }
}
