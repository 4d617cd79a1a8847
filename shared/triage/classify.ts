// classifyMessage: request type, jurisdiction, language, regulator, references, requester and an
// explanation of what decided. Precedence: automatic mail → regulator → complaint → follow-up →
// not-privacy → a right (child's data first) → inquiry.
import type { RequestType } from '../domain/ids';
import { decideRequest, LIVE, ranked, RIGHTS } from './decide';
import { detectBody } from './from-body';
import { detectJurisdiction } from './jurisdiction';
import { detectLanguage } from './language';
import { nearestCorrections, type LearnedCorrections } from './learning';
import { withoutRightsNotices } from './notice';
import { findCaseRefs, findExternalRefs } from './refs';
import { suggestRegimes, type RegimeFlags } from './regimes';
import { findRequester, forwardedSender } from './requester';
import { articleEvidence, complaintArticleEvidence, phraseEvidence, prepareTexts, sumBy } from './signals';
import { htmlToText, looksForwarded, splitQuoted } from './text';
import { hasForwardPrefix, hasReplyPrefix, stripReplyPrefixes } from './threading';
import type { ClassifyInput, Triage } from './types';

export interface ClassifyOptions { corrections?: LearnedCorrections }

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

  const rights = ranked(RIGHTS, (t) => sumBy(ev, t, LIVE));
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
    ({ type, confidence } = decideRequest({ ev, rights, complaint, followUp, child, demand, questions, inquiry, spam, bulk, links, privacyEvidence, statutePresent, articles: arts.evidence.length, replyHeaders, replyContext, cleanSubject, neighbours }, explanation));
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
