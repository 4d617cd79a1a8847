// Where the requester is: statutes cited, addresses, postcodes, phone numbers, the sender's
// country domain, currency, and (weakly) the language. Each cue counts once.
import type { Jurisdiction } from '../domain/ids';
import { findPhrase, fold, foldJoined, matchesOf, type FoldedText } from './match';
import { PhraseIndex } from './phrase-index';
import { signatureBlock } from './text';
import { CA_AREA_CODES, CITIES, PHONE_PREFIXES, STATUTES, TLDS, US_STATES, type StatuteCue } from './vocab/common';
import { VOCABULARIES } from './vocab/index';

export interface JurisdictionCue { jurisdiction: Jurisdiction; weight: number; quote: string; kind: string }

export interface JurisdictionResult {
  jurisdiction: Jurisdiction;
  cues: JurisdictionCue[];
  scores: Record<Jurisdiction, number>;
  flags: Set<NonNullable<StatuteCue['flag']>>;
}

export interface JurisdictionInput {
  subject: string;
  fresh: string;
  quoted: string;
  fromEmail: string | null;
  fromName: string | null;
  language: string;
  /** A regulator's home jurisdiction, when the mail came from one. */
  bodyJurisdiction?: Jurisdiction;
  bodyName?: string;
}

// How strongly the language alone points at the EU: Polish or Swedish mail mostly comes from the
// EU; French, Spanish and Portuguese are widely written outside it (Switzerland, Canada, Latin America, Brazil).
const EU_LANGUAGE_PRIOR: Record<string, number> = {
  de: 1.5, it: 1.5, nl: 1.5, pl: 1.5, sv: 1.5, da: 1.5, fi: 1.5, el: 1.5, cs: 1.5, sk: 1.5, hu: 1.5, ro: 1.5, bg: 1.5, hr: 1.5,
  sl: 1.5, et: 1.5, lv: 1.5, lt: 1.5, mt: 1.5, fr: 1, es: 0.5, pt: 0.5,
};
// Where a regulator's or recourse body's letter says its complainant lives outranks the address blocks
// around it (the body's own, the organisation's), which a letter always carries. The line may wrap once.
const COMPLAINANT_WEIGHT = 8;
const COMPLAINANT_RE = /(?:complainant|beschwerdeführer(?:in)?|plaignant(?:e)?|reclamante|klager|skarżąc[ya]|klagande|data subject)\s*:\s*([^\n]{2,120}(?:\n(?!\s*\n)[^\n]{0,80})?)/i;

/** A name looked for in a message: a statute, a place, a city or a US state, in reading order. */
type NameCheck =
  | { phase: 'statute'; phrase: string; order: number; statute: StatuteCue }
  | { phase: 'place' | 'city' | 'state'; phrase: string; order: number; jurisdiction: Jurisdiction; weight: number };

interface NameBook { index: PhraseIndex; checks: NameCheck[][] }
let nameBook: NameBook | null = null;

function buildNameBook(): NameBook {
  const all: NameCheck[] = [];
  for (const statute of STATUTES) all.push({ phase: 'statute', phrase: statute.phrase, order: all.length, statute });
  for (const v of VOCABULARIES) {
    for (const [j, list] of Object.entries(v.places) as [Jurisdiction, readonly (readonly [string, number])[]][]) {
      for (const [p, w] of list) all.push({ phase: 'place', phrase: p, order: all.length, jurisdiction: j, weight: w });
    }
  }
  for (const [j, list] of Object.entries(CITIES) as [Jurisdiction, readonly string[]][]) {
    for (const c of list) all.push({ phase: 'city', phrase: c, order: all.length, jurisdiction: j, weight: 2 });
  }
  for (const name of Object.values(US_STATES)) {
    // Also a US state's name, but far more often a place of its own, a surname or a city.
    if (name === 'california' || name === 'georgia' || name === 'washington' || name === 'new york') continue;
    all.push({ phase: 'state', phrase: name, order: all.length, jurisdiction: 'us-other', weight: 1.5 });
  }
  const phrases = [...new Set(all.map((c) => c.phrase))];
  const position = new Map(phrases.map((p, i) => [p, i]));
  const checks: NameCheck[][] = phrases.map(() => []);
  for (const c of all) checks[position.get(c.phrase)!].push(c);
  return { index: new PhraseIndex(phrases), checks };
}

/** The names that may occur in either text, in reading order: the thousands of others are never tried. */
function possibleNames(primary: FoldedText, quoted: FoldedText): NameCheck[] {
  nameBook ??= buildNameBook();
  const positions = new Set([...nameBook.index.candidates(primary), ...nameBook.index.candidates(quoted)]);
  return [...positions].flatMap((i) => nameBook!.checks[i]).sort((a, b) => a.order - b.order);
}

const CALIFORNIA_IN_STATUTE_RE = /california (?:consumer privacy act|privacy rights act|civil code|privacy protection agency)/gi;

export function detectJurisdiction(input: JurisdictionInput): JurisdictionResult {
  const cues: JurisdictionCue[] = [];
  const flags = new Set<NonNullable<StatuteCue['flag']>>();
  // The subject and fresh text were folded and read for keys already (signals): joined, not read again.
  const primary = foldJoined(fold(input.subject), fold(input.fresh));
  const quoted = fold(input.quoted);
  const names = possibleNames(primary, quoted);
  const seenFamilies = new Set<string>();

  const phrase = (text: FoldedText, p: string, j: Jurisdiction, w: number, kind: string, family?: string): boolean => {
    const hit = findPhrase(text, p);
    if (!hit) return false;
    if (family) { if (seenFamilies.has(family)) return true; seenFamilies.add(family); }
    cues.push({ jurisdiction: j, weight: w, quote: hit.quote, kind });
    return true;
  };
  const scan = (p: string, j: Jurisdiction, w: number, kind: string, family?: string): boolean =>
    phrase(primary, p, j, w, kind, family) || phrase(quoted, p, j, w * 0.5, kind, family);

  for (const c of names) {
    if (c.phase !== 'statute') continue;
    const s = c.statute;
    const hit = findPhrase(primary, s.phrase) ?? findPhrase(quoted, s.phrase);
    if (!hit) continue;
    if (s.flag) flags.add(s.flag);
    if (s.weight > 0) scan(s.phrase, s.jurisdiction, s.weight, 'statute', s.family);
  }
  // "UK GDPR" is not the EU GDPR.
  if (cues.some((c) => c.quote.toLowerCase().startsWith('uk gdpr'))) {
    const i = cues.findIndex((c) => c.kind === 'statute' && c.jurisdiction === 'eu' && /gdpr/i.test(c.quote));
    if (i >= 0) cues.splice(i, 1);
  }
  for (const c of names) if (c.phase === 'place' || c.phase === 'city') scan(c.phrase, c.jurisdiction, c.weight, c.phase, `${c.phase}:${c.phrase}`);
  if (cues.some((c) => /northern ireland|nordirland/i.test(c.quote))) {
    const i = cues.findIndex((c) => c.jurisdiction === 'eu' && /^(ireland|irland)$/i.test(c.quote));
    if (i >= 0) cues.splice(i, 1);
  }
  for (const c of names) if (c.phase === 'state') scan(c.phrase, c.jurisdiction, c.weight, 'state', `state:${c.phrase}`);

  const original = `${input.subject}\n${input.fresh}\n${input.quoted}`;
  const regexCue = (re: RegExp, f: (m: RegExpMatchArray) => [Jurisdiction, number] | null, kind: string, text = original) => {
    for (const m of matchesOf(text, re)) {
      const r = f(m);
      if (r && !cues.some((c) => c.kind === kind && c.jurisdiction === r[0])) cues.push({ jurisdiction: r[0], weight: r[1], quote: m[0].trim(), kind });
    }
  };
  regexCue(/\b([A-Z]{2})\s+(\d{5})(?:-\d{4})?\b/g, (m) => (US_STATES[m[1]] ? [m[1] === 'CA' ? 'us-ca' : 'us-other', 3] : null), 'us-zip');
  // "Seattle, WA" without a ZIP code, where a sender signs (not in a letterhead or quoted mail, which
  // carry the organisation's own address). DE is left out: "Hamburg, DE" is Germany, not Delaware.
  regexCue(/\b[A-Z][a-z]+(?:[ .-][A-Z][a-z]+)*,\s?([A-Z]{2})\b(?![a-z])/g, (m) => (m[1] !== 'DE' && US_STATES[m[1]] ? [m[1] === 'CA' ? 'us-ca' : 'us-other', 2] : null), 'us-city-state', signatureBlock(input.fresh));
  regexCue(/\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[ABD-HJLNP-UW-Z]{2}\b/g, () => ['uk', 2], 'uk-postcode');
  regexCue(/\bCH-\d{4}\b/g, () => ['ch', 2], 'ch-postcode');
  // A UK mobile number: 07 and nine more digits (France, the Netherlands and Sweden use ten digits in all).
  regexCue(/(?<![\d+])07\d{3}[\s-]?\d{3}[\s-]?\d{3}(?!\d)/g, () => ['uk', 2], 'uk-mobile');
  regexCue(/\b1798\.\d{2,3}\b/g, () => ['us-ca', 4], 'cal-civ-code');
  regexCue(/(?:\+|(?<![\w-])00)\s?(\d{1,3})[\s\-.(]+\d/g, (m) => {
    const digits = m[1];
    for (const len of [3, 2, 1]) {
      const p = digits.slice(0, len);
      const hit = PHONE_PREFIXES.find(([code]) => code === p);
      if (hit && digits.length >= len) return [hit[1], 2];
    }
    return null;
  }, 'phone');
  regexCue(/(?:\+1[\s\-.]*)?\((\d{3})\)\s*\d{3}[\s\-.]\d{4}\b|\+1[\s\-.]*(\d{3})[\s\-.]\d{3}[\s\-.]\d{4}\b/g, (m) => {
    const area = m[1] ?? m[2];
    return CA_AREA_CODES.has(area) ? ['us-ca', 2] : ['us-other', 1.5];
  }, 'us-phone');
  regexCue(/\bCHF\b|\bFr\.\s?\d/g, () => ['ch', 1.5], 'currency');
  regexCue(/£|\bGBP\b/g, () => ['uk', 1], 'currency');
  regexCue(/€|\bEUR\b/g, () => ['eu', 1], 'currency');
  regexCue(/R\$\s?\d/g, () => ['other', 1.5], 'currency');

  const complainant = original.match(COMPLAINANT_RE);
  if (complainant) {
    const line = fold(complainant[1]);
    for (const v of VOCABULARIES) {
      for (const [j, list] of Object.entries(v.places) as [Jurisdiction, readonly (readonly [string, number])[]][]) {
        for (const [p] of list) {
          const hit = findPhrase(line, p);
          if (hit && !cues.some((c) => c.kind === 'complainant' && c.jurisdiction === j)) cues.push({ jurisdiction: j, weight: COMPLAINANT_WEIGHT, quote: `complainant: ${hit.quote}`, kind: 'complainant' });
        }
      }
    }
  }

  const tld = input.fromEmail?.split('@')[1]?.split('.').pop()?.toLowerCase();
  if (tld && TLDS[tld]) cues.push({ jurisdiction: TLDS[tld], weight: 1, quote: `sender domain .${tld}`, kind: 'tld' });
  const prior = EU_LANGUAGE_PRIOR[input.language];
  if (prior) cues.push({ jurisdiction: 'eu', weight: prior, quote: `written in ${input.language}`, kind: 'language' });
  if (input.bodyJurisdiction) cues.push({ jurisdiction: input.bodyJurisdiction, weight: 3, quote: `${input.bodyName ?? 'regulator'} (its home jurisdiction)`, kind: 'body' });

  // "California" read only inside the CCPA's or the Civil Code's name is that statute, counted once already.
  const californias = original.match(/california/gi)?.length ?? 0;
  if (californias && californias === (original.match(CALIFORNIA_IN_STATUTE_RE)?.length ?? 0)) {
    const i = cues.findIndex((c) => /^california\w*$/i.test(c.quote));
    if (i >= 0) cues.splice(i, 1);
  }
  const scores: Record<Jurisdiction, number> = { eu: 0, uk: 0, ch: 0, 'us-ca': 0, 'us-other': 0, other: 0 };
  for (const c of cues) scores[c.jurisdiction] += c.weight;
  // A Californian is also in the US: US-wide cues support California when it is named, but not those
  // that name another state (its ZIP code, its name).
  const otherState = cues.filter((c) => c.jurisdiction === 'us-other' && (c.kind === 'us-zip' || c.kind === 'us-city-state' || c.kind === 'state')).reduce((n, c) => n + c.weight, 0);
  if (scores['us-ca'] > 0) { scores['us-ca'] += Math.min(scores['us-other'] - otherState, 2); }
  let best: Jurisdiction = 'other';
  let bestScore = 0;
  for (const j of ['eu', 'uk', 'ch', 'us-ca', 'us-other', 'other'] as Jurisdiction[]) {
    if (scores[j] > bestScore) { best = j; bestScore = scores[j]; }
  }
  if (bestScore < 1.5) best = 'other';
  cues.sort((a, b) => b.weight - a.weight);
  return { jurisdiction: best, cues, scores, flags };
}
