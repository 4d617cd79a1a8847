// Many phrases, one text: which of them could occur in it? Each phrase is filed under its most
// telling key (see match.ts); the index asks the text about each key it has filed phrases under
// (a bit test each), instead of every phrase of every vocabulary being tested against every text.
// A candidate must still pass couldOccur and its regex, so the answer is the same as testing
// them all, only cheaper.
import { couldOccur, hasSlot, phraseId, phraseIndexSlot, textKeys, type FoldedText } from './match';

export class PhraseIndex {
  private readonly ids: Int32Array;
  private readonly slots: number[] = [];
  private readonly filed: number[][] = [];
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
    for (const [slot, filed] of bySlot) {
      this.slots.push(slot);
      this.filed.push(filed);
    }
  }

  /** Positions (in `phrases`, ascending) of the phrases that may occur in the text. */
  candidates(text: FoldedText): number[] {
    const keys = textKeys(text);
    const out: number[] = [];
    for (let s = 0; s < this.slots.length; s++) {
      if (!hasSlot(keys, this.slots[s])) continue;
      for (const i of this.filed[s]) if (couldOccur(keys, this.ids[i])) out.push(i);
    }
    for (const i of this.keyless) if (couldOccur(keys, this.ids[i])) out.push(i);
    return out.sort((a, b) => a - b);
  }
}
