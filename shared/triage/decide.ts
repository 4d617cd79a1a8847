// The request type, from the evidence a message gives, once it is neither a copy of a message the
// DPO corrected, nor automatic mail, nor a regulator's: complaint → follow-up → not-privacy → a
// right (child's data first) → inquiry. Kept apart from classifyMessage, which gathers the
// evidence: V8 compiles each function whole, and the one large function was compiled again after
// each of its deoptimisations (~0.1 s of a core each, several times in an import).
import type { RequestType } from '../domain/ids';
import type { Neighbour } from './learning';
import { sumBy, type Bucket, type Evidence, type Where } from './signals';
import type { RightType } from './vocab/index';

export const RIGHTS: readonly RightType[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'sale-share-opt-out', 'shine-the-light'];

/** What the decision weighs. */
export interface Weighing {
  ev: readonly Evidence[];
  /** Each right with its score in the subject and the sender's own text, highest first. */
  rights: readonly (readonly [RightType, number])[];
  complaint: number;
  followUp: number;
  child: number;
  demand: number;
  /** Question marks in the subject and the sender's own text (at most 3). */
  questions: number;
  /** Inquiry wording plus the questions. */
  inquiry: number;
  /** Not-privacy wording, bulk headers and links. */
  spam: number;
  bulk: number;
  links: number;
  privacyEvidence: number;
  statutePresent: boolean;
  /** GDPR/CCPA articles cited. */
  articles: number;
  replyHeaders: boolean;
  replyContext: boolean;
  cleanSubject: string;
  neighbours: readonly Neighbour[];
}

/** Where the sender's own words are: what a message asks for now. */
export const LIVE: Where[] = ['subject', 'body'];

function describe(e: Evidence, target: string): string {
  const lang = e.lang ? ` (${e.lang})` : '';
  if (e.kind === 'article') return `${e.where === 'subject' ? 'subject cites' : e.where === 'quoted' ? 'quoted text cites' : 'body cites'} "${e.quote}" → ${target}`;
  if (e.where === 'subject') return `subject: "${e.quote}" → ${target}${lang}`;
  return `${e.where === 'quoted' ? 'quoted text says' : 'body says'} "${e.quote}" → ${target}${lang}`;
}

function topEvidence(ev: readonly Evidence[], bucket: Bucket, n = 3): Evidence[] {
  return ev.filter((e) => e.bucket === bucket).sort((a, b) => b.weight - a.weight).slice(0, n);
}

/**
 * A full access request that also asks for the data it provided in a machine-readable format (the
 * common generators' letters add an Art. 20 paragraph to Art. 15) is an access request; portability
 * stays among its types. Portability leads only when access is asked for much less.
 */
function accessBeforePortability(sorted: (readonly [RightType, number])[]): readonly [RightType, number] {
  const [top] = sorted;
  const access = sorted.find(([t]) => t === 'access');
  return top[0] === 'portability' && access && access[1] >= 6 && access[1] >= top[1] * 0.6 ? access : top;
}

/** The rights in this order, each with its score, highest first (ties keep the order). */
export function ranked(order: readonly RightType[], score: (t: RightType) => number): [RightType, number][] {
  const out: [RightType, number][] = [];
  for (const t of order) out.push([t, score(t)]);
  return out.sort((a, b) => b[1] - a[1]);
}

/** The type the evidence points to; what decided is added to the explanation. */
export function decideRequest(w: Weighing, explanation: string[]): { type: RequestType; confidence: number } {
  const { ev, rights, complaint, followUp, child, demand, questions, inquiry, spam, bulk, links, privacyEvidence, statutePresent, articles, replyHeaders, replyContext, cleanSubject, neighbours } = w;
  const rightScore = (t: RightType) => sumBy(ev, t, LIVE);
  /** The right was named before this message: in a reply's subject or the text it quotes. */
  const raisedBefore = (t: RequestType) => ev.some((e) => e.bucket === t && (e.where === 'quoted' || e.where === 'subject'));
  const order = rights.map(([t]) => t);
  let type: RequestType;
  let confidence: number;
  // Learned corrections lean towards the DPO's label for similar messages.
  const learnedBoost = new Map<RequestType, number>();
  for (const n of neighbours) if (n.example.requestType) learnedBoost.set(n.example.requestType, (learnedBoost.get(n.example.requestType) ?? 0) + 20 * n.similarity);
  const boost = (t: RequestType) => learnedBoost.get(t) ?? 0;
  const c = complaint + boost('complaint');
  const f = followUp + boost('follow-up');
  // In a reply, a right its own text asks for that the thread had not raised (an erasure demanded
  // on receiving an access copy) is the new request, however strongly the subject names the old one.
  const newInReply = replyHeaders ? ranked(order, (t) => sumBy(ev, t, ['body'])).find(([t, s]) => s >= 2.5 && !raisedBefore(t)) : undefined;
  const best = newInReply ? ([newInReply[0], rightScore(newInReply[0]) + boost(newInReply[0])] as const) : accessBeforePortability(ranked(order, (t) => rightScore(t) + boost(t)));
  const rightCandidate: RequestType = child >= 3 && ['erasure', 'withdraw-consent', 'objection', 'access'].includes(best[0]) && best[1] > 0 ? 'child-data-deletion' : best[0];
  const rightStrength = best[1] + boost(rightCandidate === 'child-data-deletion' ? 'child-data-deletion' : best[0]) * (rightCandidate === 'child-data-deletion' ? 1 : 0);
  const notPrivacyLean = spam + boost('not-privacy');
  const inquiryLean = inquiry + boost('inquiry');

  // A complaint about a request already made names that right too, often more than it complains:
  // it wins when the right was raised before (the subject, quoted text) and nothing new is demanded.
  // The sender's own subject calling it a complaint ("Reclamo: nessuna risposta") outweighs the chasing words.
  const complaintTitled = ev.some((e) => e.bucket === 'complaint' && e.where === 'subject');
  if (c >= 4 && (c >= f || complaintTitled) && (c >= rightStrength * 0.5 || replyContext || (demand === 0 && raisedBefore(best[0])))) {
    type = 'complaint';
    confidence = Math.min(0.95, 0.5 + c / 30);
    for (const e of topEvidence(ev, 'complaint')) explanation.push(describe(e, 'complaint'));
    if (rightStrength > 0) explanation.push(`dissatisfaction with how a ${best[0]} request was handled outweighs the right cited → complaint`);
  } else if (f >= 2.5 && (replyContext || (f >= 3 && f >= rightStrength * 0.5)) && f > notPrivacyLean) {
    // (A supplier's payment reminder chases too, but an invoice, not a request; and a new request
    // that mentions a reminder it got is still that request.)
    type = 'follow-up';
    confidence = Math.min(0.95, 0.5 + f / 15);
    for (const e of topEvidence(ev, 'follow-up')) explanation.push(describe(e, 'follow-up'));
    if (replyContext) explanation.push('reply to an earlier message (In-Reply-To/References, reply prefix or quoted text) chasing it → follow-up');
  } else if (replyHeaders && !newInReply && c < 4 && privacyEvidence >= 1 && (rights.every(([t]) => sumBy(ev, t, ['body']) < 2.5) || (demand === 0 && raisedBefore(best[0])))) {
    // A reply in an existing thread that makes no new request (sends ID, says thanks, asks for
    // news): its own text may name the right, but only as the request already made.
    type = 'follow-up';
    confidence = 0.6;
    explanation.push(raisedBefore(best[0]) && demand === 0
      ? `reply in an existing thread about the ${best[0]} request already made (in its subject or quoted text), asking nothing new → follow-up`
      : 'reply in an existing thread (reply prefix or In-Reply-To) with no new request in its own text → follow-up');
  } else if (privacyEvidence < 2.5 || (notPrivacyLean >= 3 && notPrivacyLean > privacyEvidence * 0.8 && articles === 0 && (!statutePresent || notPrivacyLean >= 6))) {
    // A statute named in passing (a job application's GDPR consent line, a vendor's pitch) does not
    // make mail that is plainly something else a privacy request.
    type = 'not-privacy';
    confidence = Math.min(0.95, 0.55 + notPrivacyLean / 20);
    const top = topEvidence(ev, 'not-privacy');
    if (top.length) for (const e of top) explanation.push(describe(e, 'not-privacy'));
    else explanation.push('no privacy request, right or personal-data wording found → not-privacy');
    if (bulk) explanation.push('List-Unsubscribe/List-Id header: bulk mail');
    if (links >= 3) explanation.push(`${links} links in the text`);
  } else if (rightStrength >= 2.5 && !(questions > 0 && demand === 0 && rightStrength < 6 && inquiryLean >= 2.5)) {
    type = rightCandidate;
    const second = rights[1][1];
    confidence = Math.max(0.3, Math.min(0.97, 0.45 + 0.4 * ((rightStrength - second) / (rightStrength + 1)) + Math.min(rightStrength, 20) / 80));
    if (type === 'child-data-deletion') {
      for (const e of topEvidence(ev, 'child', 2)) explanation.push(describe(e, 'child'));
      explanation.push(`a parent asks about a child's data (${best[0]} wording) → child-data-deletion`);
    }
    for (const e of topEvidence(ev, best[0])) explanation.push(describe(e, best[0]));
  } else {
    // A privacy question needs a question; privacy words alone (a newsletter's footer) are not one.
    // Nor is a privacy subject line over a body that says nothing of privacy (spam titled "Privacy Policy update").
    const subjectOnlyPrivacy = [...RIGHTS, 'complaint', 'privacy'].reduce((n, b) => n + sumBy(ev, b as Bucket, ['subject']), 0) >= privacyEvidence && !cleanSubject.includes('?') && sumBy(ev, 'inquiry', ['body']) === 0;
    type = privacyEvidence >= 2.5 && (inquiryLean >= 1 || statutePresent || demand > 0) && !subjectOnlyPrivacy ? 'inquiry' : 'not-privacy';
    confidence = 0.5;
    for (const e of topEvidence(ev, 'inquiry', 2)) explanation.push(describe(e, 'inquiry'));
    explanation.push(type === 'inquiry' ? 'a privacy question without exercising a right → inquiry' : 'no privacy content → not-privacy');
  }
  return { type, confidence };
}
