// Every figure and reading the deadline engine uses, in one table the DPO can see (Settings) and override per
// organisation. Confidence follows the legal reference: P = primary text, S = secondary source only, ? = not
// confirmed. `ambiguous` marks the items the reference flags as open or as a choice between readings.
import type { Regime } from '../domain/ids';

export type RuleUnit =
  | 'calendar-days' | 'business-days' | 'months' | 'reading' | 'flag' | 'calendar' | 'holiday-types' | 'date';
export type RuleValue = number | string | boolean;
export type Confidence = 'P' | 'S' | '?';

export interface RuleEntry {
  id: string;
  regime: Regime | 'all';
  value: RuleValue;
  unit: RuleUnit;
  confidence: Confidence;
  ambiguous: boolean;
  source: string;
  description: string;
  /** The allowed values of a 'reading' rule, each with what it means. */
  options?: Record<string, string>;
}

const rule = (e: RuleEntry): RuleEntry => e;

export const RULES: readonly RuleEntry[] = [
  // Calendars
  rule({ id: 'calendar.holiday-types', regime: 'all', value: 'public', unit: 'holiday-types', confidence: '?', ambiguous: true,
    source: 'date-holidays types; LEGAL-REFERENCE §4.2', description: 'Which holiday types of the date-holidays calendar count as non-working days (comma-separated: public, bank, optional).' }),
  rule({ id: 'gdpr.calendar', regime: 'gdpr', value: '', unit: 'calendar', confidence: 'S', ambiguous: true,
    source: 'Reg. 1182/71 Art. 2(1), Art. 3(4)', description: 'Holiday calendar of the Member State where the controller acts. Empty: Saturdays and Sundays only, until the organisation names its country.' }),
  rule({ id: 'uk-gdpr.calendar', regime: 'uk-gdpr', value: 'GB-ENG', unit: 'calendar', confidence: 'P', ambiguous: false,
    source: 'ICO right of access guidance (08 Dec 2025)', description: 'UK bank holidays used to move a deadline to the next working day.' }),
  rule({ id: 'ccpa.business-day-calendar', regime: 'ccpa', value: 'US-CA+US', unit: 'calendar', confidence: '?', ambiguous: true,
    source: 'LEGAL-REFERENCE §2.4: "business day" not defined', description: 'Holidays skipped when counting CCPA business days: California and federal public holidays (the reference\'s conservative choice). "+" joins calendars.' }),
  rule({ id: 'can-spam.business-day-calendar', regime: 'can-spam', value: 'US', unit: 'calendar', confidence: '?', ambiguous: true,
    source: '16 CFR 316.2 definition not retrieved', description: 'Holidays skipped when counting CAN-SPAM business days (US federal public holidays).' }),
  rule({ id: 'ch-fadp.calendar', regime: 'ch-fadp', value: 'CH', unit: 'calendar', confidence: '?', ambiguous: true,
    source: 'LEGAL-REFERENCE §2.3', description: 'Swiss holiday calendar, used only if the roll-forward reading is chosen.' }),
  rule({ id: 'lgpd.calendar', regime: 'lgpd', value: 'BR', unit: 'calendar', confidence: '?', ambiguous: true,
    source: 'LEGAL-REFERENCE §2.6', description: 'Brazilian holiday calendar, used only if the roll-forward reading is chosen.' }),

  // EU GDPR
  rule({ id: 'gdpr.respond.months', regime: 'gdpr', value: 1, unit: 'months', confidence: 'P', ambiguous: false,
    source: 'GDPR Art. 12(3)', description: 'Reply to a rights request within one month of receipt (Reg. 1182/71 counting).' }),
  rule({ id: 'gdpr.extension.months', regime: 'gdpr', value: 2, unit: 'months', confidence: 'P', ambiguous: false,
    source: 'GDPR Art. 12(3)', description: 'Extension by two further months, notified with reasons within the first month.' }),
  rule({ id: 'gdpr.extension.reading', regime: 'gdpr', value: 'earlier', unit: 'reading', confidence: '?', ambiguous: true,
    source: 'LEGAL-REFERENCE §2.1, example 8', description: '"Two further months": which end date after a short month.',
    options: { earlier: 'The earlier of the two readings below (recommended).', 'after-first-month': 'Two months after the end of the first month (before any weekend move).', 'from-receipt': 'Three months from the date of receipt.' } }),
  rule({ id: 'gdpr.pause-for-identity', regime: 'gdpr', value: false, unit: 'flag', confidence: 'S', ambiguous: true,
    source: 'GDPR Art. 12(6); Berlin DPA practice (blog.eprivacy.eu/?p=1491)', description: 'Whether waiting for ID or clarification stops the GDPR clock. The text has no pause; off by default.' }),
  rule({ id: 'gdpr.regulator.months', regime: 'gdpr', value: 3, unit: 'months', confidence: 'S', ambiguous: false,
    source: 'GDPR Art. 78(2); Irish DPA 2018 s.108', description: 'A supervisory authority must report progress or outcome within three months, or a judicial remedy lies.' }),

  // UK
  rule({ id: 'uk-gdpr.respond.months', regime: 'uk-gdpr', value: 1, unit: 'months', confidence: 'P', ambiguous: false,
    source: 'UK GDPR Art. 12(3), 12A; ICO guidance', description: 'Reply within one month of the relevant time (receipt, or later ID, authority or fee).' }),
  rule({ id: 'uk-gdpr.extension.months-from-start', regime: 'uk-gdpr', value: 3, unit: 'months', confidence: 'P', ambiguous: false,
    source: 'ICO right of access guidance', description: 'An extended deadline is three months from the original start date.' }),
  rule({ id: 'uk-gdpr.legacy-day-after-before', regime: 'uk-gdpr', value: '2019-08-15', unit: 'date', confidence: 'S', ambiguous: false,
    source: 'cms-lawnow.com; doyleclayton.co.uk', description: 'Requests received before this date are counted from the day after receipt (the ICO rule before August 2019).' }),
  rule({ id: 'uk-gdpr.complaint.ack-days', regime: 'uk-gdpr', value: 30, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'DPA 2018 s.164A(3) (DUAA 2025 s.103)', description: 'Acknowledge a data protection complaint within 30 days.' }),
  rule({ id: 'uk-gdpr.complaint.ack-start', regime: 'uk-gdpr', value: 'day-after', unit: 'reading', confidence: 'S', ambiguous: true,
    source: 'ICO complaints guidance (12 Feb 2026), via summaries', description: 'Where the 30 days start.',
    options: { 'day-after': 'Day 1 is the day after receipt (ICO guidance; example 14).', 'day-of-receipt': 'Day 1 is the day of receipt (a literal reading of "beginning when received").' } }),
  rule({ id: 'uk-gdpr.complaint.in-force', regime: 'uk-gdpr', value: '2026-06-19', unit: 'date', confidence: 'S', ambiguous: false,
    source: 'SI 2026/82 reg. 3 (bratby.law)', description: 'Section 164A applies to complaints received from this date.' }),
  rule({ id: 'uk-gdpr.regulator.months', regime: 'uk-gdpr', value: 3, unit: 'months', confidence: 'S', ambiguous: false,
    source: 'DPA 2018 s.166', description: 'The ICO must give progress or outcome information within three months, or the Tribunal may order it.' }),

  // Switzerland
  rule({ id: 'ch-fadp.respond.days', regime: 'ch-fadp', value: 30, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'FADP Art. 25(7); DPO Art. 18(1)', description: 'Provide the information within 30 days of receipt.' }),
  rule({ id: 'ch-fadp.reflection.days', regime: 'ch-fadp', value: 10, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'DPO Art. 19(3)', description: 'Reflection period after a fee notice; the 30 days start when it ends.' }),
  rule({ id: 'ch-fadp.roll-forward', regime: 'ch-fadp', value: false, unit: 'flag', confidence: '?', ambiguous: true,
    source: 'LEGAL-REFERENCE §2.3, §6', description: 'Calendar days assumed. Off: a last day on a weekend or holiday is kept (the earlier date). On: moved to the next Swiss working day.' }),

  // California
  rule({ id: 'ccpa.acknowledge.business-days', regime: 'ccpa', value: 10, unit: 'business-days', confidence: 'P', ambiguous: false,
    source: '11 CCR §7021(a)', description: 'Confirm receipt of a request to know, delete or correct.' }),
  rule({ id: 'ccpa.respond.days', regime: 'ccpa', value: 45, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: '11 CCR §7021(b)', description: 'Respond within 45 calendar days; verification does not stop the clock.' }),
  rule({ id: 'ccpa.extension.days', regime: 'ccpa', value: 45, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: '11 CCR §7021(b); Civ. Code §1798.130(a)(2)(A)', description: 'Up to 45 more days (90 in all), with notice inside the first 45.' }),
  rule({ id: 'ccpa.day-counting', regime: 'ccpa', value: 'receipt-is-day-1', unit: 'reading', confidence: '?', ambiguous: true,
    source: '11 CCR §7021(b); CCP §12 / Gov. Code §6800', description: 'How the 45 days are counted.',
    options: { 'receipt-is-day-1': 'The day of receipt is day 1, so day 45 is receipt + 44; never moved (the earlier, safe reading).', 'exclude-first-day': 'CCP §12: exclude the day of receipt, include the last day, and move a last day that is a weekend or holiday.' } }),
  rule({ id: 'ccpa.opt-out.business-days', regime: 'ccpa', value: 15, unit: 'business-days', confidence: 'S', ambiguous: false,
    source: '11 CCR §7026', description: 'Act on an opt-out of sale or sharing no later than 15 business days after receipt.' }),
  rule({ id: 'ca-shine-the-light.designated.days', regime: 'ca-shine-the-light', value: 30, unit: 'calendar-days', confidence: 'S', ambiguous: false,
    source: 'Civ. Code §1798.83', description: 'Reply within 30 days to a request sent to the designated address.' }),
  rule({ id: 'ca-shine-the-light.other.days', regime: 'ca-shine-the-light', value: 150, unit: 'calendar-days', confidence: 'S', ambiguous: false,
    source: 'Civ. Code §1798.83', description: 'Reply within 150 days to a request received elsewhere.' }),

  // Other US states
  rule({ id: 'us-state.respond.days', regime: 'us-state', value: 45, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'VCDPA §59.1-577(B); CTDPA; UCPA §13-61-203', description: 'Respond within 45 days of receipt.' }),
  rule({ id: 'us-state.extension.days', regime: 'us-state', value: 45, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'VCDPA §59.1-577(B)', description: 'Extend once by 45 days, with notice and reason within the first 45.' }),
  rule({ id: 'us-state.appeal.days', regime: 'us-state', value: 60, unit: 'calendar-days', confidence: 'S', ambiguous: false,
    source: 'VCDPA §59.1-577(C); CTDPA', description: 'Decide an appeal within 60 days of receiving it (Virginia, Connecticut and peers).' }),
  rule({ id: 'us-state.colorado.appeal.days', regime: 'us-state', value: 45, unit: 'calendar-days', confidence: '?', ambiguous: true,
    source: 'Not confirmed (LEGAL-REFERENCE §2.5)', description: 'Colorado: decide an appeal within 45 days.' }),
  rule({ id: 'us-state.colorado.appeal.extension.days', regime: 'us-state', value: 60, unit: 'calendar-days', confidence: '?', ambiguous: true,
    source: 'Not confirmed (LEGAL-REFERENCE §2.5)', description: 'Colorado: an appeal decision may be extended by 60 days.' }),

  // Brazil
  rule({ id: 'lgpd.respond.days', regime: 'lgpd', value: 15, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'LGPD Art. 19(II)', description: 'Full declaration within 15 days of the request.' }),
  rule({ id: 'lgpd.roll-forward', regime: 'lgpd', value: false, unit: 'flag', confidence: '?', ambiguous: true,
    source: 'LEGAL-REFERENCE §2.6, §6', description: 'Calendar days assumed. Off: a last day on a weekend or holiday is kept. On: moved to the next Brazilian working day.' }),

  // Data Privacy Framework / Privacy Shield
  rule({ id: 'dpf.complaint.days', regime: 'dpf', value: 45, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'PS Supplemental Principle 11(d)(i); DPF Key Requirements', description: 'Respond to an individual complaint within 45 days.' }),
  rule({ id: 'dpf.panel.advice.days', regime: 'dpf', value: 60, unit: 'calendar-days', confidence: 'P', ambiguous: false,
    source: 'Rules of procedure of the informal panel of EU DPAs', description: 'The DPA panel aims to advise within 60 days of the referral.' }),
  rule({ id: 'dpf.panel.comply.days', regime: 'dpf', value: 25, unit: 'calendar-days', confidence: 'S', ambiguous: false,
    source: 'itgovernanceusa.com; paolobalboni.eu', description: 'The organisation complies with the panel advice within 25 days.' }),
  rule({ id: 'dpf.commerce.days', regime: 'dpf', value: 90, unit: 'calendar-days', confidence: '?', ambiguous: true,
    source: 'archive.is/UGN14 (sentence cut off)', description: 'Department of Commerce (ITA) response to a DPA referral.' }),
  rule({ id: 'dpf.arbitration.days', regime: 'dpf', value: 90, unit: 'calendar-days', confidence: '?', ambiguous: true,
    source: 'Annex I §G (not found in store)', description: 'Annex I arbitration should be completed within 90 days of the Notice.' }),

  // CAN-SPAM
  rule({ id: 'can-spam.stop.business-days', regime: 'can-spam', value: 10, unit: 'business-days', confidence: 'S', ambiguous: false,
    source: '15 U.S.C. §7704(a)(4)(A)', description: 'Stop sending commercial e-mail no later than 10 business days after an opt-out.' }),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function findRule(id: string): RuleEntry | undefined {
  return BY_ID.get(id);
}
