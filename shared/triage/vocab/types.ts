// Shape of a per-language vocabulary file. Phrases are matched case- and accent-insensitively on
// word boundaries; a word ending in '*' matches any ending (Löschung*, usunię*), a lone '_'
// stands for any one word ("retire _ consentement") and '~' for up to three ("trek ~ toestemming in").
import type { Jurisdiction } from '../../domain/ids';

export type Weighted = readonly [phrase: string, weight: number];

/** Request types that are the exercise of a right (as opposed to complaint, follow-up, ...). */
export type RightType =
  | 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection'
  | 'withdraw-consent' | 'sale-share-opt-out' | 'shine-the-light';

export interface LanguageVocab {
  /** ISO 639-1 code. */
  lang: string;
  /** Phrases naming or exercising each right, from that language's statute wording. */
  rights: Partial<Record<RightType, Weighted[]>>;
  /** Dissatisfaction with a response or with how data was handled: a complaint. */
  complaint: Weighted[];
  /** Chasing an earlier request: reminders, "no answer yet". */
  followUp: Weighted[];
  /** A sentence holding one of these is a conditional threat ("otherwise I will complain"), not a complaint. */
  conditional: string[];
  /** How a regulator or recourse body writes to the organisation about a complaint. */
  regulator: Weighted[];
  /** Words that make a message about personal data at all. */
  privacy: Weighted[];
  /** Question forms: a privacy question that is not the exercise of a right. */
  inquiry: Weighted[];
  /** First-person demands ("I request", "ich beantrage"): a right is being exercised. */
  demand: string[];
  /** Newsletters, offers, invoices, auto-replies: mail that is not a privacy matter. */
  notPrivacy: Weighted[];
  /** A child's data: parents writing about a son or daughter, "under 13". */
  child: Weighted[];
  /** Country names written in this language, by jurisdiction. */
  places: Partial<Record<Jurisdiction, Weighted[]>>;
  /** Subject prefixes of replies and forwards. */
  replyPrefixes: string[];
  /** Those of them that mark a forward ("Fwd", "WG", "TR"): the forwarded text is the request. */
  forwardPrefixes: string[];
  /** Labels that introduce someone else's reference number (Aktenzeichen, our reference). */
  refLabels: string[];
  /** Form field labels for the requester's name and e-mail (web forms, signatures). */
  nameLabels: string[];
  emailLabels: string[];
  /** Frequent function words, used when statistical language detection is unsure. */
  stopwords: string[];
}
