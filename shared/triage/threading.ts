// Keys that tie a message to its case. Pure: the database lookup is done by the store.
import type { RequestType } from '../domain/ids';
import { findCaseRefs, findExternalRefs } from './refs';
import { VOCABULARIES } from './vocab/index';

const PREFIXES = [...new Set(VOCABULARIES.flatMap((v) => v.replyPrefixes))].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// "Re:", "AW:", "Fwd:", "TR:", "SV:", "Odp:", "Re[2]:", "RE :" (French spacing), repeated.
const PREFIX_RE = new RegExp(`^\\s*(?:(?:${PREFIXES.map(escape).join('|')})\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*)+`, 'iu');

const FORWARD_PREFIXES = new Set(VOCABULARIES.flatMap((v) => v.forwardPrefixes));

/** Whether the subject's first prefix marks a forward ("Fwd: Re: …" is a forward, "Re: Fwd: …" a reply). */
export function hasForwardPrefix(subject: string): boolean {
  const first = subject.match(/^\s*(\p{L}+)\s*(?:\[\d+\]|\(\d+\))?\s*:/u);
  return !!first && FORWARD_PREFIXES.has(first[1].toLowerCase());
}

/** Whether the subject starts with a reply or forward prefix. */
export function hasReplyPrefix(subject: string): boolean {
  return PREFIX_RE.test(subject);
}

/** Strips reply/forward prefixes ("Re:", "AW:", "[EXT]", a trailing "(fwd)"), keeping the case. */
export function stripReplyPrefixes(subject: string): string {
  let s = subject.normalize('NFC');
  for (let i = 0; i < 5; i++) {
    const next = s.replace(PREFIX_RE, '').replace(/^\s*\[(?:fwd|ext|external|extern)\]\s*/i, '');
    if (next === s) break;
    s = next;
  }
  return s.replace(/\s*\((?:fwd|fw)\)\s*$/i, '').replace(/\s+/g, ' ').trim();
}

/** The subject as compared between messages of one case: no prefixes, collapsed, lowercased. */
export function normaliseSubject(subject: string): string {
  return stripReplyPrefixes(subject).toLowerCase();
}

/** Message-IDs compare without angle brackets and case-insensitively (many mailers change case). */
export function normaliseMessageId(id: string | null | undefined): string | null {
  if (!id) return null;
  const bare = id.trim().replace(/^<+|>+$/g, '').trim().toLowerCase();
  return bare || null;
}

export interface ThreadSource {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string;
  text?: string;
}

export interface ThreadKeys {
  messageId: string | null;
  inReplyTo: string | null;
  /** References, oldest first, normalised and without duplicates. */
  references: string[];
  /** Every Message-ID this message points back to (In-Reply-To and References). */
  ancestors: string[];
  /** Our own case references, e.g. "DPO-2026-0042", from subject then body. */
  caseRefs: string[];
  /** Other parties' case numbers (regulators, recourse bodies). */
  externalRefs: string[];
  normalisedSubject: string;
}

export function threadKeys(m: ThreadSource): ThreadKeys {
  const references = [...new Set(m.references.map(normaliseMessageId).filter((x): x is string => !!x))];
  const inReplyTo = normaliseMessageId(m.inReplyTo);
  const ancestors = [...new Set([...(inReplyTo ? [inReplyTo] : []), ...references.slice().reverse()])];
  return {
    messageId: normaliseMessageId(m.messageId),
    inReplyTo,
    references,
    ancestors,
    caseRefs: findCaseRefs(m.subject, m.text ?? ''),
    externalRefs: findExternalRefs(m.subject, m.text ?? ''),
    normalisedSubject: normaliseSubject(m.subject),
  };
}

export interface OpenCaseSummary {
  ref: string;
  requesterEmail: string | null;
  requestType: RequestType;
  status: 'open' | 'waiting-requester' | 'escalated' | 'closed';
}

/**
 * A new message is a likely duplicate of an open case when it comes from the same requester
 * and asks for the same thing. Returns the first such case, or null.
 */
export function findLikelyDuplicate(
  candidate: { requesterEmail: string | null; requestType: RequestType },
  cases: readonly OpenCaseSummary[],
): OpenCaseSummary | null {
  const email = candidate.requesterEmail?.trim().toLowerCase();
  if (!email || candidate.requestType === 'not-privacy') return null;
  return cases.find((c) => c.status !== 'closed' && c.requestType === candidate.requestType && c.requesterEmail?.trim().toLowerCase() === email) ?? null;
}
