// classifyMessage: request type, jurisdiction, language, regulator, references, requester and an
// explanation of what decided. Precedence: automatic mail → regulator → complaint → follow-up →
// not-privacy → a right (child's data first) → inquiry.
import type { RequestType } from '../domain/ids';
import { detectBody } from './from-body';
import { detectJurisdiction } from './jurisdiction';
import { detectLanguage } from './language';
import { nearestCorrections, type LearnedCorrections } from './learning';
import { withoutRightsNotices } from './notice';
import { findCaseRefs, findExternalRefs } from './refs';
import { suggestRegimes, type RegimeFlags } from './regimes';
import { findRequester, forwardedSender } from './requester';
import { articleEvidence, complaintArticleEvidence, phraseEvidence, prepareTexts, sumBy, type Bucket, type Evidence } from './signals';
import { htmlToText, looksForwarded, splitQuoted } from './text';
import { hasForwardPrefix, hasReplyPrefix, stripReplyPrefixes } from './threading';
import type { ClassifyInput, Triage } from './types';
import type { RightType } from './vocab/index';

export interface ClassifyOptions { corrections?: LearnedCorrections }

const RIGHTS: readonly RightType[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'sale-share-opt-out', 'shine-the-light'];
const MARKETING_RE = /market|werb|newsletter|prospect|publicid|pubblicit|reclame|unsubscri|abbestell|abmeld|désinscri|désabonn|baja|disiscri|afmeld|uitschrijv|wypis|descadastr|avregistr|spam|mailing|opt me out|remove me|stop sending|stop emailing|comunicaciones comerciales|comunicazioni commerciali/i;

const AUTO_REPLY_SUBJECT = /^\s*(automatic reply|auto-?reply|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|risposta automatica|automatisch antwoord|autosvar|automatiskt svar|automatyczna odpowiedź|resposta automática)\b/i;

function autoMail(input: ClassifyInput): string | null {
  const h = input.headers ?? {};
  const from = input.from?.email ?? '';
  if (/^(mailer-daemon|postmaster)@/i.test(from)) return `sender ${from} (mail system)`;
  if (/multipart\/report/i.test(h['content-type'] ?? '')) return 'Content-Type multipart/report (delivery report)';
  if (h['auto-submitted'] && !/^no\b/i.test(h['auto-submitted'])) return `Auto-Submitted: ${h['auto-submitted']}`;
  if (/^(bulk|junk|list)$/i.test((h['precedence'] ?? '').trim())) return `Precedence: ${h['precedence']}`;
  if (/^yes/i.test(h['x-spam-flag'] ?? '')) return 'X-Spam-Flag: YES';
  if (/^\s*adv\s*:/i.test(input.subject)) return 'subject starts with "ADV:" (advertising)';
  // Out-of-office replies often lack Auto-Submitted but say what they are in the subject, in the sender's language.
  const autoReply = input.subject.match(AUTO_REPLY_SUBJECT);
  if (autoReply) return `subject starts with "${autoReply[1]}" (auto-reply)`;
  return null;
}

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

export function classifyMessage(input: ClassifyInput, options: ClassifyOptions = {}): Triage {
  const headers = input.headers ?? {};
  const subject = (input.subject ?? '').slice(0, 1000);
  const body = (input.text?.trim() ? input.text : input.html ? htmlToText(input.html) : '').slice(0, 60_000);
  const { fresh: ownText, quoted: earlier } = splitQuoted(body);
  // A forward (a colleague passing a customer's mail on) is read as the request it carries: the
  // forwarded text counts as written now, in its own language, and the forward is no reply.
  // Someone who forwards their own earlier mail is chasing it: read as a reply that quotes it.
  const forwardedFromSelf = (text: string) => !!input.from?.email && forwardedSender(text)?.email === input.from.email.toLowerCase();
  const forwarded = (hasForwardPrefix(subject) || (!hasReplyPrefix(subject) && looksForwarded(body))) && !forwardedFromSelf(earlier || body);
  const notices = withoutRightsNotices(forwarded && earlier ? `${ownText}\n\n${earlier}` : ownText);
  const fresh = notices.text;
  const quoted = forwarded ? '' : earlier;
  const cleanSubject = stripReplyPrefixes(subject);
  const replyHeaders = !forwarded && (hasReplyPrefix(subject) || !!input.inReplyTo || !!input.references?.length || !!headers['in-reply-to'] || !!headers['references']);
  const replyContext = replyHeaders || quoted.length > 0;

  const explanation: string[] = [];
  if (forwarded) explanation.push('forwarded message: the request it carries is what is classified');
  if (notices.removed) explanation.push('left out a privacy notice that lists every right (a footer), which asks for nothing');
  const lang = detectLanguage(cleanSubject, forwarded && earlier ? earlier : fresh || quoted);
  const texts = prepareTexts(cleanSubject, fresh, quoted);
  const arts = articleEvidence(cleanSubject, fresh, quoted);
  const ev = [...phraseEvidence(texts), ...arts.evidence, ...complaintArticleEvidence(texts)];
  const live: ('subject' | 'body')[] = ['subject', 'body'];

  const rightScore = (t: RightType) => sumBy(ev, t, live);
  /** The right was named before this message: in a reply's subject or the text it quotes. */
  const raisedBefore = (t: RequestType) => ev.some((e) => e.bucket === t && (e.where === 'quoted' || e.where === 'subject'));
  const rights = RIGHTS.map((t) => [t, rightScore(t)] as const).sort((a, b) => b[1] - a[1]);
  const [bestRight, bestScore] = rights[0];
  const complaint = sumBy(ev, 'complaint');
  const followUp = sumBy(ev, 'follow-up');
  const regulatorWords = sumBy(ev, 'regulator');
  const child = sumBy(ev, 'child');
  const demand = sumBy(ev, 'demand');
  const questions = Math.min((`${cleanSubject}\n${fresh}`.match(/\?/g) ?? []).length, 3);
  const inquiry = sumBy(ev, 'inquiry') + questions;
  const links = (fresh.match(/https?:\/\//g) ?? []).length;
  const bulk = headers['list-unsubscribe'] || headers['list-id'] ? 4 : 0;
  const spam = sumBy(ev, 'not-privacy') + bulk + (links >= 6 ? 4 : links >= 3 ? 2 : 0);
  const jur0 = detectJurisdiction({ subject: cleanSubject, fresh, quoted, fromEmail: input.from?.email ?? null, fromName: input.from?.name ?? null, language: lang.language });
  const statutePresent = [...jur0.flags].some((f) => f !== 'dpf') || arts.evidence.length > 0;
  const privacyEvidence = rights.reduce((n, [, s]) => n + s, 0) + complaint + sumBy(ev, 'privacy') + (statutePresent ? 3 : 0);

  // A regulator's letter a colleague forwards is the regulator's: its own From: line decides.
  const sentBy = (forwarded && forwardedSender(earlier)) || input.from;
  const body0 = detectBody(sentBy, headers, fresh, regulatorWords);
  const neighbours = nearestCorrections(options.corrections, cleanSubject, fresh || quoted);
  const learnedType = neighbours.find((n) => n.example.requestType);

  let type: RequestType;
  let confidence: number;
  const auto = autoMail(input);
  const closeCopy = learnedType && learnedType.similarity >= 0.85 ? learnedType : undefined;

  if (closeCopy) {
    type = closeCopy.example.requestType!;
    confidence = 0.6 + 0.35 * closeCopy.similarity;
    explanation.push(`like a message the DPO corrected to ${type} (${Math.round(closeCopy.similarity * 100)} % similar)`);
  } else if (auto && !body0 && (bestScore < 8 || /report|mail system|auto-repl/.test(auto))) {
    type = 'not-privacy';
    confidence = 0.95;
    explanation.push(`automatic or bulk mail: ${auto} → not-privacy`);
  } else if (body0) {
    type = 'regulator';
    confidence = 0.9;
    explanation.push(`from ${body0.body.name} (${body0.body.kind}): ${body0.reason} → regulator`);
  } else {
    // Learned corrections lean towards the DPO's label for similar messages.
    const learnedBoost = new Map<RequestType, number>();
    for (const n of neighbours) if (n.example.requestType) learnedBoost.set(n.example.requestType, (learnedBoost.get(n.example.requestType) ?? 0) + 20 * n.similarity);
    const boost = (t: RequestType) => learnedBoost.get(t) ?? 0;
    const c = complaint + boost('complaint');
    const f = followUp + boost('follow-up');
    // In a reply, a right its own text asks for that the thread had not raised (an erasure demanded
    // on receiving an access copy) is the new request, however strongly the subject names the old one.
    const newInReply = replyHeaders ? rights.map(([t]) => [t, sumBy(ev, t, ['body'])] as const).filter(([t, s]) => s >= 2.5 && !raisedBefore(t)).sort((a, b) => b[1] - a[1])[0] : undefined;
    const best = newInReply ? ([newInReply[0], rightScore(newInReply[0]) + boost(newInReply[0])] as const) : accessBeforePortability(rights.map(([t, s]) => [t, s + boost(t)] as const).sort((a, b) => b[1] - a[1]));
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
    } else if (privacyEvidence < 2.5 || (notPrivacyLean >= 3 && notPrivacyLean > privacyEvidence * 0.8 && arts.evidence.length === 0 && (!statutePresent || notPrivacyLean >= 6))) {
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
    const learned = neighbours.find((n) => n.example.requestType === type);
    if (learned) explanation.push(`similar to a message the DPO corrected to ${type} (${Math.round(learned.similarity * 100)} % similar)`);
  }

  // All types detected, primary first.
  const requestTypes: RequestType[] = [type];
  const threshold = Math.max(3, bestScore * 0.2);
  for (const [t, s] of rights) if (s >= threshold && !requestTypes.includes(t)) requestTypes.push(t);
  if (type === 'follow-up' || type === 'complaint') {
    for (const t of RIGHTS) if (sumBy(ev, t, ['quoted']) >= 2 && !requestTypes.includes(t)) requestTypes.push(t);
  }
  if (complaint >= 4 && !requestTypes.includes('complaint') && type !== 'not-privacy') requestTypes.push('complaint');

  // Jurisdiction: a regulator's home counts; non-privacy mail has none.
  const jur = body0?.body.jurisdiction
    ? detectJurisdiction({ subject: cleanSubject, fresh, quoted, fromEmail: input.from?.email ?? null, fromName: input.from?.name ?? null, language: lang.language, bodyJurisdiction: body0.body.jurisdiction, bodyName: body0.body.name })
    : jur0;
  const jurisdiction = type === 'not-privacy' ? 'other' : jur.jurisdiction;
  if (type !== 'not-privacy') {
    const cues = jur.cues.filter((c) => c.jurisdiction === jurisdiction).slice(0, 3);
    if (cues.length) explanation.push(`mentions ${cues.map((c) => `"${c.quote}"`).join(' and ')} → ${jurisdiction}`);
    else explanation.push('no place, statute or phone cue → other');
  }

  const marketingOptOut = type === 'objection' && (arts.marketingArticle || ev.some((e) => e.bucket === 'objection' && e.where !== 'quoted' && MARKETING_RE.test(e.quote)));
  const flags: RegimeFlags = Object.fromEntries([...jur.flags].map((f) => [f, true]));
  if (body0 && ['recourse-body', 'commerce', 'arbitration'].includes(body0.body.kind)) flags.dpf = true;
  const regimes = suggestRegimes(jurisdiction, type, flags, marketingOptOut);

  const subjectHasPrivacyPolicy = /privacy\s+policy/i.test(subject);
  if (subjectHasPrivacyPolicy) explanation.push('subject contains "PRIVACY POLICY" (the address policy asks for it)');
  else if (type !== 'not-privacy' && type !== 'regulator') explanation.push('subject lacks "PRIVACY POLICY", which policy (1) asks for; handled as a request all the same');
  explanation.push(`language: ${lang.language} (${lang.method})`);

  const externalRefs = findExternalRefs(subject, fresh);
  const fromBody = body0 ? { kind: body0.body.kind, name: body0.body.name, ...(externalRefs[0] ? { externalRef: externalRefs[0] } : {}) } : null;
  // A forward's requester is whoever wrote the forwarded mail, not the colleague passing it on.
  const requester = findRequester(sentBy, input.to ?? [], subject, fresh, !!body0);

  return {
    requestType: type,
    requestTypes,
    jurisdiction,
    regimes,
    language: lang.language,
    subjectHasPrivacyPolicy,
    fromBody,
    externalRefs,
    caseRefs: findCaseRefs(subject, body),
    requester,
    marketingOptOut,
    confidence: Math.round(confidence * 100) / 100,
    explanation,
  };
}
