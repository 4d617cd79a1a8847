// Learning from the DPO's corrections on this machine. The model is plain data (the host stores
// it encrypted); it holds hashed word features, never the text itself. Classification looks for
// corrected messages that resemble the new one (Jaccard similarity of features) and leans
// towards the DPO's label, strongly when the messages are nearly the same.
import type { Jurisdiction, RequestType } from '../domain/ids';
import { foldString } from './match';
import { VOCABULARIES } from './vocab/index';

export interface LearnedExample {
  /** Sorted unique 32-bit hashes of words and word pairs. */
  features: number[];
  requestType?: RequestType;
  jurisdiction?: Jurisdiction;
}

export interface LearnedCorrections {
  version: 1;
  examples: LearnedExample[];
}

export interface Correction {
  requestType?: RequestType;
  jurisdiction?: Jurisdiction;
}

export const MAX_EXAMPLES = 2000;
const STOP = new Set(VOCABULARIES.flatMap((v) => v.stopwords.map(foldString)));

export function emptyCorrections(): LearnedCorrections {
  return { version: 1, examples: [] };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Hashed features of subject and text: words of 3+ letters (no function words) and adjacent pairs. */
export function featuresOf(subject: string, text: string): number[] {
  const words = foldString(`${subject}\n${text}`).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOP.has(w) && !/^\d+$/.test(w)).slice(0, 600);
  const set = new Set<number>();
  words.forEach((w, i) => {
    set.add(fnv1a(w));
    if (i > 0) set.add(fnv1a(`${words[i - 1]} ${w}`));
  });
  return [...set].sort((a, b) => a - b).slice(0, 1200);
}

function jaccard(a: readonly number[], b: readonly number[]): number {
  let i = 0, j = 0, inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { inter++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

/** Returns a new model with the correction added (the newest correction of the same message wins). */
export function learnCorrection(model: LearnedCorrections, message: { subject: string; text: string }, correction: Correction): LearnedCorrections {
  const features = featuresOf(message.subject, message.text);
  const kept = model.examples.filter((e) => jaccard(e.features, features) < 0.999);
  const examples = [...kept, { features, ...correction }];
  return { version: 1, examples: examples.slice(-MAX_EXAMPLES) };
}

export interface Neighbour { example: LearnedExample; similarity: number }

/** Corrected messages most like this one (similarity ≥ minSimilarity), most similar first. */
export function nearestCorrections(model: LearnedCorrections | undefined, subject: string, text: string, minSimilarity = 0.3, k = 3): Neighbour[] {
  if (!model || model.examples.length === 0) return [];
  const f = featuresOf(subject, text);
  return model.examples
    .map((example) => ({ example, similarity: jaccard(example.features, f) }))
    .filter((n) => n.similarity >= minSimilarity)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k);
}
