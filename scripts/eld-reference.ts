// eld itself, as published: what the faster language detection (shared/triage/language-ngrams.ts)
// is compared with in tests.
import { eld } from 'eld/medium';

export function detectWithEld(text: string): { language: string; reliable: boolean } {
  const r = eld.detect(text);
  return { language: r.language, reliable: r.language ? r.isReliable() : false };
}
