// The triage contract: what classifyMessage takes and returns.
import type { Jurisdiction, Regime, RequestType } from '../domain/ids';
import type { BodyKind } from './vocab/bodies';

export interface MailAddress { name: string; email: string }

export interface ClassifyInput {
  subject: string;
  text: string;
  html?: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  /** Selected headers, lowercased names (as parseMessage returns them). */
  headers?: Record<string, string>;
  /** ISO 8601. */
  date?: string | null;
  inReplyTo?: string | null;
  references?: string[];
}

export interface FromBody {
  kind: BodyKind;
  name: string;
  externalRef?: string;
}

export interface Requester {
  name: string | null;
  email: string | null;
  /** Where the identity came from: the From header, a web-form field, an agent's letter, a regulator's notice. */
  source: 'from' | 'form' | 'agent' | 'regulator';
  /** The authorised agent or body who wrote on the requester's behalf. */
  agent?: MailAddress;
}

export interface Triage {
  requestType: RequestType;
  /** Every type detected, primary first. */
  requestTypes: RequestType[];
  jurisdiction: Jurisdiction;
  /** Suggested regimes from jurisdiction and type; the DPO confirms. */
  regimes: Regime[];
  /** ISO 639-1, or 'und' when undetermined. */
  language: string;
  subjectHasPrivacyPolicy: boolean;
  fromBody: FromBody | null;
  externalRefs: string[];
  /** Our own case references (DPO-YYYY-NNNN) found in subject or body. */
  caseRefs: string[];
  requester: Requester;
  /** An objection that is a direct-marketing opt-out (Art. 21(2)/(3), unsubscribe, CAN-SPAM). */
  marketingOptOut: boolean;
  confidence: number;
  /** The phrases and headers that decided, most important first. */
  explanation: string[];
}

export type { LearnedCorrections } from './learning';
