// Scores what a message says against every vocabulary: rights, complaint, follow-up, regulator
// phrasing, inquiry, non-privacy, child. Each hit is kept as evidence for the explanation.
import { textKeys, couldOccur, findPhrase, fold, mayContain, phraseIds, type FoldedText } from './match';
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

const CONDITIONAL = VOCABULARIES.flatMap((v) => v.conditional);

export function prepareTexts(subject: string, fresh: string, quoted: string): Texts {
  const freshFolded = fold(fresh);
  // A sentence folds to a piece of the folded text, so a phrase absent from the whole text is
  // absent from every sentence: only the others need looking for sentence by sentence.
  const conditional = CONDITIONAL.filter((c) => mayContain(freshFolded, c));
  const kept = sentences(fresh).filter((s) => {
    // Hypotheticals ("If my request is incomplete, ...") are not grievances.
    if (/^(if|falls|wenn|sollten|si|se|als|indien|jeśli|jeżeli|om|caso|qualora|en caso)\b/i.test(s)) return false;
    if (!conditional.length) return true;
    const f = fold(s);
    return !conditional.some((c) => findPhrase(f, c));
  });
  return { subject: fold(subject), fresh: freshFolded, quoted: fold(quoted), freshUnconditional: fold(kept.join('\n')) };
}

function repeatFactor(count: number): number {
  return 1 + 0.25 * Math.min(count - 1, 4);
}

const listIds = new WeakMap<readonly Weighted[], Int32Array>();

function idsOf(list: readonly Weighted[]): Int32Array {
  let ids = listIds.get(list);
  if (!ids) listIds.set(list, (ids = phraseIds(list.map(([phrase]) => phrase))));
  return ids;
}

function scoreList(out: Evidence[], bucket: Bucket, list: readonly Weighted[], lang: string, places: [Where, FoldedText][]): void {
  // Most phrases cannot occur in a given text; ruling them out by id keeps this loop cheap.
  const ids = idsOf(list);
  const possible = places.map(([, text]) => textKeys(text));
  for (let k = 0; k < list.length; k++) {
    for (let p = 0; p < places.length; p++) {
      if (!couldOccur(possible[p], ids[k])) continue;
      const [phrase, weight] = list[k];
      const [where, text] = places[p];
      const hit = findPhrase(text, phrase);
      if (hit) out.push({ bucket, weight: weight * WHERE_FACTOR[where] * repeatFactor(hit.count), where, quote: hit.quote, lang, kind: 'phrase' });
    }
  }
}

// Demands are unweighted phrases; as weighted lists they are made once, so their ids are kept.
const DEMANDS = new Map(VOCABULARIES.map((v) => [v.lang, v.demand.map((d) => [d, 1] as const)]));

/** Phrase evidence from every language's vocabulary. */
export function phraseEvidence(t: Texts): Evidence[] {
  const raw: Evidence[] = [];
  const out = raw;
  const main: [Where, FoldedText][] = [['subject', t.subject], ['body', t.fresh], ['quoted', t.quoted]];
  for (const v of VOCABULARIES) {
    for (const [type, list] of Object.entries(v.rights) as [RightType, Weighted[]][]) scoreList(out, type, list, v.lang, main);
    scoreList(out, 'complaint', v.complaint, v.lang, [['subject', t.subject], ['body', t.freshUnconditional]]);
    scoreList(out, 'follow-up', v.followUp, v.lang, [['subject', t.subject], ['body', t.freshUnconditional]]);
    scoreList(out, 'regulator', v.regulator, v.lang, [['subject', t.subject], ['body', t.fresh]]);
    scoreList(out, 'privacy', v.privacy, v.lang, [['subject', t.subject], ['body', t.fresh]]);
    scoreList(out, 'inquiry', v.inquiry, v.lang, [['subject', t.subject], ['body', t.fresh]]);
    scoreList(out, 'not-privacy', v.notPrivacy, v.lang, [['subject', t.subject], ['body', t.fresh]]);
    scoreList(out, 'child', v.child, v.lang, [['subject', t.subject], ['body', t.fresh]]);
    scoreList(out, 'demand', DEMANDS.get(v.lang)!, v.lang, [['subject', t.subject], ['body', t.fresh]]);
  }
  // The same words can sit in several vocabularies (marketing, privacy, country names): count once.
  const best = new Map<string, Evidence>();
  for (const e of raw) {
    const key = `${e.bucket}|${e.where}|${e.quote.toLowerCase()}`;
    const prev = best.get(key);
    if (!prev || prev.weight < e.weight) best.set(key, e);
  }
  return [...best.values()];
}

// "Art. 15", "Article 17(1)", "Artikel 21 Abs. 2", "art. 7 ust. 3", "artículo 15", "§ 1798.105"...
const ARTICLE_RE = /(?<![\p{L}\p{N}])(?:art(?:icle|ikel|ículo|iculo|icolo|igo|ykuł|ykul|\.)?|§)\s*(\d{1,3})(?:\s*\(\s*(\d{1,2})\s*\)|\s*,?\s*(?:abs\.?|absatz|para(?:graph)?\.?|alin[ée]a|apartado|comma|lid|ust\.?|n[°º.]|nr\.?|punkt|paragraf)\s*(\d{1,2})|\.(\d{1,2})(?!\d))?/giu;
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
    for (const m of text.matchAll(ARTICLE_RE)) {
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
    for (const m of text.matchAll(/\b1798\.(\d{2,3})\b/g)) {
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

export function sumBy(evidence: readonly Evidence[], bucket: Bucket, where?: Where[]): number {
  return evidence.filter((e) => e.bucket === bucket && (!where || where.includes(e.where))).reduce((n, e) => n + e.weight, 0);
}
