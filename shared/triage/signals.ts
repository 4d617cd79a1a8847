// Scores what a message says against every vocabulary: rights, complaint, follow-up, regulator
// phrasing, inquiry, non-privacy, child. Each hit is kept as evidence for the explanation.
import { findPhrase, fold, foldOnce, matchesOf, mayContain, type FoldedText } from './match';
import { PhraseIndex } from './phrase-index';
import { sentences } from './text';
import { CAL_CIV_SECTIONS, FADP_ARTICLES, GDPR_ARTICLES } from './vocab/common';
import { VOCABULARIES, type RightType, type Weighted } from './vocab/index';

export type Where = 'subject' | 'body' | 'quoted';
export type Bucket = RightType | 'complaint' | 'follow-up' | 'regulator' | 'privacy' | 'inquiry' | 'not-privacy' | 'child' | 'demand';

export interface Evidence {
  bucket: Bucket;
  weight: number;
  where: Where;
  quote: string;
  lang?: string;
  kind: 'phrase' | 'article' | 'header' | 'rule' | 'learned';
}

export interface Texts {
  subject: FoldedText;
  fresh: FoldedText;
  quoted: FoldedText;
  /** Fresh text without conditional sentences ("otherwise I will complain"). */
  freshUnconditional: FoldedText;
}

const WHERE_FACTOR: Record<Where, number> = { subject: 2.5, body: 1, quoted: 0.3 };

let conditionalIndex: PhraseIndex | null = null;

export function prepareTexts(subject: string, fresh: string, quoted: string): Texts {
  const freshFolded = fold(fresh);
  // A sentence folds to a piece of the folded text, so a phrase absent from the whole text is
  // absent from every sentence: only the others need looking for sentence by sentence. Asked of an
  // index (the text's keys, read once, are read again by phraseEvidence anyway) rather than of each
  // of the ~100 conditional phrases in turn, which was 7 % of classifying a message.
  conditionalIndex ??= new PhraseIndex(VOCABULARIES.flatMap((v) => v.conditional));
  const { phrases } = conditionalIndex;
  const conditional = conditionalIndex.candidates(freshFolded).map((i) => phrases[i]).filter((c) => mayContain(freshFolded, c));
  const all = sentences(fresh);
  const kept = all.filter((s) => {
    // Hypotheticals ("If my request is incomplete, ...") are not grievances.
    if (/^(if|falls|wenn|sollten|si|se|als|indien|jeśli|jeżeli|om|caso|qualora|en caso)\b/i.test(s)) return false;
    if (!conditional.length) return true;
    const f = foldOnce(s);
    return !conditional.some((c) => findPhrase(f, c));
  });
  // Sentences are cut only at white space, and phrases match across any run of it alike: with no
  // sentence dropped, the kept text reads as the fresh text, which is then read only once.
  const freshUnconditional = kept.length === all.length ? freshFolded : fold(kept.join('\n'));
  return { subject: fold(subject), fresh: freshFolded, quoted: fold(quoted), freshUnconditional };
}

function repeatFactor(count: number): number {
  return 1 + 0.25 * Math.min(count - 1, 4);
}

/** The texts a message is read as; each list of phrases is looked for in some of them. */
const SUBJECT = 0, FRESH = 1, QUOTED = 2, FRESH_UNCONDITIONAL = 3;
const TEXT_WHERE: Where[] = ['subject', 'body', 'quoted', 'body'];
const ALL_PARTS = [SUBJECT, FRESH, QUOTED];
const UNCONDITIONAL_PARTS = [SUBJECT, FRESH_UNCONDITIONAL];
const PLAIN_PARTS = [SUBJECT, FRESH];

/** One phrase of one list: what a hit on it is evidence of, and where it counts. */
interface Entry { bucket: Bucket; weight: number; lang: string; texts: number[]; order: number }

interface Vocabulary { index: PhraseIndex; entries: Entry[][] }

let vocabulary: Vocabulary | null = null;

/** Every phrase list of every language, in a fixed order (the order evidence is reported in). */
function buildVocabulary(): Vocabulary {
  const lists: [Bucket, readonly Weighted[], string, number[]][] = [];
  for (const v of VOCABULARIES) {
    for (const [type, list] of Object.entries(v.rights) as [RightType, Weighted[]][]) lists.push([type, list, v.lang, ALL_PARTS]);
    lists.push(['complaint', v.complaint, v.lang, UNCONDITIONAL_PARTS], ['follow-up', v.followUp, v.lang, UNCONDITIONAL_PARTS]);
    for (const [bucket, list] of [['regulator', v.regulator], ['privacy', v.privacy], ['inquiry', v.inquiry], ['not-privacy', v.notPrivacy], ['child', v.child]] as const) lists.push([bucket, list, v.lang, PLAIN_PARTS]);
    // Demands are unweighted phrases.
    lists.push(['demand', v.demand.map((d) => [d, 1] as const), v.lang, PLAIN_PARTS]);
  }
  const position = new Map<string, number>();
  const phrases: string[] = [];
  const entries: Entry[][] = [];
  let order = 0;
  for (const [bucket, list, lang, texts] of lists) {
    for (const [phrase, weight] of list) {
      let at = position.get(phrase);
      if (at === undefined) {
        position.set(phrase, (at = phrases.length));
        phrases.push(phrase);
        entries.push([]);
      }
      entries[at].push({ bucket, weight, lang, texts, order: order++ });
    }
  }
  return { index: new PhraseIndex(phrases), entries };
}

/** Phrase evidence from every language's vocabulary. */
export function phraseEvidence(t: Texts): Evidence[] {
  vocabulary ??= buildVocabulary();
  const { index, entries } = vocabulary;
  const texts = [t.subject, t.fresh, t.quoted, t.freshUnconditional];
  // Kept with the place it would have had had every list been read in order, text by text.
  const found: { order: number; evidence: Evidence }[] = [];
  texts.forEach((text, ti) => {
    // A text that is also a later one (the fresh text with no conditional sentence) is read once for both.
    if (texts.indexOf(text) !== ti) return;
    const as = texts.flatMap((t, i) => (t === text ? [i] : []));
    for (const pi of index.candidates(text)) {
      const uses = entries[pi].filter((e) => as.some((i) => e.texts.includes(i)));
      if (!uses.length) continue;
      const hit = findPhrase(text, index.phrases[pi]);
      if (!hit) continue;
      for (const e of uses) {
        for (const i of as) {
          const at = e.texts.indexOf(i);
          if (at < 0) continue;
          const where = TEXT_WHERE[i];
          found.push({ order: e.order * 4 + at, evidence: { bucket: e.bucket, weight: e.weight * WHERE_FACTOR[where] * repeatFactor(hit.count), where, quote: hit.quote, lang: e.lang, kind: 'phrase' } });
        }
      }
    }
  });
  found.sort((a, b) => a.order - b.order);
  // The same words can sit in several vocabularies (marketing, privacy, country names): count once.
  const best = new Map<string, Evidence>();
  for (const { evidence: e } of found) {
    const key = `${e.bucket}|${e.where}|${e.quote.toLowerCase()}`;
    const prev = best.get(key);
    if (!prev || prev.weight < e.weight) best.set(key, e);
  }
  return [...best.values()];
}

// "Art. 15", "Article 17(1)", "Artikel 21 Abs. 2", "art. 7 ust. 3", "artículo 15", "článku 15" (Czech, Slovak), "§ 1798.105"...
const ARTICLE_RE = /(?<![\p{L}\p{N}])(?:art(?:icle|ikel|ículo|iculo|icolo|igo|ykuł|ykul|\.)?|čl(?:ánek|ánku|ánky|ánok|\.)|§)\s*(\d{1,3})(?:\s*\(\s*(\d{1,2})\s*\)|\s*,?\s*(?:abs\.?|absatz|para(?:graph)?\.?|alin[ée]a|apartado|comma|lid|ust\.?|n[°º.]|nr\.?|punkt|paragraf)\s*(\d{1,2})|\.(\d{1,2})(?!\d))?/giu;
const CAL_CIV_RE = /\b1798\.(\d{2,3})\b/g;
const GDPR_NEAR = /\b(gdpr|dsgvo|ds-gvo|rgpd|avg|rodo|uk gdpr|2016\/679|general data protection|datenschutz-grundverordnung|dataskyddsförordningen|regolamento|reglamento|regulation|verordnung|regulamento|rozporządzenia)\b/i;
const FADP_NEAR = /\b(dsg|ndsg|revdsg|fadp|nfadp|revfadp|lpd|nlpd|datenschutzgesetz\w*)\b/i;
const LGPD_NEAR = /\b(lgpd|13\.709)\b/i;

/** Article citations are strong evidence in every language. */
export function articleEvidence(subject: string, fresh: string, quoted: string): { evidence: Evidence[]; marketingArticle: boolean } {
  const out: Evidence[] = [];
  let marketingArticle = false;
  const all = `${subject}\n${fresh}\n${quoted}`;
  const gdprAnywhere = GDPR_NEAR.test(all);
  const fadpAnywhere = FADP_NEAR.test(all);
  const seen = new Map<string, Evidence>();
  for (const [where, text] of [['subject', subject], ['body', fresh], ['quoted', quoted]] as [Where, string][]) {
    for (const m of matchesOf(text, ARTICLE_RE)) {
      const art = m[1];
      const para = m[2] ?? m[3] ?? m[4];
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 70);
      let type: RightType | undefined;
      if (FADP_NEAR.test(after) && !GDPR_NEAR.test(after)) type = FADP_ARTICLES[art];
      else if (LGPD_NEAR.test(after)) type = undefined; // LGPD Art. 18 lists every right: no single type.
      else if (GDPR_NEAR.test(after) || gdprAnywhere || (!fadpAnywhere && /^art/i.test(m[0]))) {
        type = para && GDPR_ARTICLES[`${art}(${para})`] ? GDPR_ARTICLES[`${art}(${para})`] : GDPR_ARTICLES[art];
      }
      if (!type) continue;
      if (type === 'objection' && (para === '2' || para === '3')) marketingArticle = true;
      const key = `${type}|${where}`;
      const prev = seen.get(key);
      if (prev) { prev.weight = Math.min(prev.weight + 1 * WHERE_FACTOR[where], 6 * WHERE_FACTOR[where]); continue; }
      const e: Evidence = { bucket: type, weight: 4 * WHERE_FACTOR[where], where, quote: m[0].trim(), kind: 'article' };
      seen.set(key, e);
      out.push(e);
    }
    for (const m of matchesOf(text, CAL_CIV_RE)) {
      const type = CAL_CIV_SECTIONS[`1798.${m[1]}`];
      if (!type) continue;
      const key = `${type}|${where}|cal`;
      if (seen.has(key)) continue;
      const e: Evidence = { bucket: type, weight: 4 * WHERE_FACTOR[where], where, quote: `§${m[0]}`, kind: 'article' };
      seen.set(key, e);
      out.push(e);
    }
  }
  return { evidence: out, marketingArticle };
}

// GDPR Art. 77, the right to lodge a complaint with a supervisory authority: cited by someone filing
// one ("I hereby lodge a complaint under Article 77 GDPR"). Read without conditional sentences, so
// "otherwise I will complain under Art. 77" stays a threat.
const COMPLAINT_ARTICLE_RE = /(?<![\p{L}\p{N}])art(?:icle|ikel|ículo|iculo|icolo|igo|ykuł|ykul|\.)?\s*77(?![\d.,]?\d)/iu;

export function complaintArticleEvidence(t: Texts): Evidence[] {
  const out: Evidence[] = [];
  for (const [where, text] of [['subject', t.subject.original], ['body', t.freshUnconditional.original]] as [Where, string][]) {
    const m = COMPLAINT_ARTICLE_RE.exec(text);
    if (m && GDPR_NEAR.test(text)) out.push({ bucket: 'complaint', weight: 4 * WHERE_FACTOR[where], where, quote: m[0].trim(), kind: 'article' });
  }
  return out;
}

export function sumBy(evidence: readonly Evidence[], bucket: Bucket, where?: Where[]): number {
  return evidence.filter((e) => e.bucket === bucket && (!where || where.includes(e.where))).reduce((n, e) => n + e.weight, 0);
}
