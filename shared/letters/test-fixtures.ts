// Cases the letter tests are written around: the two organisations of ../seeds and realistic requests.
import type { LetterContext } from './types';

/** IMAPS, the professional society answering an EU member's GDPR requests (policy (2)). */
export const IMAPS: LetterContext['organisation'] = {
  name: 'IMAPS',
  legalName: 'International Microelectronics Assembly and Packaging Society',
  address: 'PO Box 110127\nResearch Triangle Park, NC 27709-5127\nUnited States',
  dpoName: 'Brian Schieman',
  dpoEmail: 'bschieman@imaps.org',
  country: 'US',
  timeZone: 'America/New_York',
  supervisoryAuthority: 'the Berlin Commissioner for Data Protection and Freedom of Information',
  erasureExceptions: [
    'information kept for our legitimate interests such as fraud detection and prevention',
    'information kept to comply with legal obligations such as tax, legal reporting and auditing',
    'information shared publicly on the site, with your name removed from it',
    'log records disassociated from personal identifiers',
  ],
  ladder: [
    { stage: 'organisation', name: 'IMAPS', contact: 'bschieman@imaps.org' },
    { stage: 'dpa', name: 'the supervisory authority where you live or work' },
    { stage: 'court', name: 'the courts, for a judicial remedy against us' },
  ],
};

/** I.M.T., the US company with Privacy Shield / DPF commitments (policy (1)). */
export const IMT: LetterContext['organisation'] = {
  name: 'I.M.T.',
  legalName: 'Innovative Micro Technology, Inc.',
  address: 'Santa Barbara, California\nUnited States', // the policy gives no street address
  dpoEmail: 'privacy@imtmems.com',
  country: 'US',
  timeZone: 'America/Los_Angeles',
  recourseBody: 'BBB National Programs',
  ladder: [
    { stage: 'organisation', name: 'I.M.T.', contact: 'privacy@imtmems.com' },
    { stage: 'recourse-body', name: 'BBB National Programs', contact: 'www.bbbprograms.org', note: 'free of charge' },
    { stage: 'dpa', name: 'your local data protection authority' },
    { stage: 'commerce', name: 'International Trade Administration' },
    { stage: 'ftc', name: 'Federal Trade Commission', contact: 'www.ftc.gov' },
    { stage: 'arbitration', name: 'the Data Privacy Framework Panel, by written notice to privacy@imtmems.com' },
  ],
};

/**
 * An EU member's erasure and access request received Saturday 31 January 2026; one month ends on
 * Saturday 28 February, so it is due Monday 2 March (LEGAL-REFERENCE §5 example 5); extended to 28 April.
 */
export function sampleContext(overrides: Partial<LetterContext> = {}): LetterContext {
  return {
    case: {
      ref: 'DPO-2026-0042',
      requestTypes: ['access', 'erasure'],
      regimes: ['gdpr'],
      receivedAt: '2026-01-31T10:15:00Z',
      dueDates: { response: '2026-03-02', extended: '2026-04-28', 'requester-reply': '2026-02-14' },
      language: 'de',
      subject: 'Auskunft und Löschung meiner Daten',
    },
    requester: {
      name: 'Zofia Łukasiewicz-Dvořák',
      email: 'zofia.lukasiewicz@example.org',
      address: 'Müßiggasse 3\n10115 Berlin\nGermany',
    },
    organisation: IMAPS,
    letter: {
      reasons: 'This is the ninth identical request in four weeks; each was answered in full on the day it arrived.',
      extensionReasons: 'your request covers twelve years of membership, conference and publication records held in three systems.',
      fee: { amount: 25, currency: 'EUR' },
      feeReason: 'you have asked for a third copy of data we sent you in full last month.',
      identityDocuments: 'the membership number printed on your last renewal invoice.',
      clarificationQuestions: [
        'Which conferences did you attend, and in which years?',
        'Do you also want data from the Career Center, which our vendor runs?',
      ],
      refusedItems: [
        { what: 'Invoices and payment records for 2023 to 2025', ground: 'b', detail: 'US tax law requires us to keep them for seven years' },
        { what: 'Correspondence about your 2025 dispute', ground: 'e' },
      ],
      erasedItems: 'your membership profile, conference registrations and newsletter subscriptions.',
      rectifiedItems: 'your family name is now spelled Łukasiewicz-Dvořák in the member directory.',
      restrictionScope: 'your member profile is locked while we check the accuracy you contested.',
      portabilityFormat: 'JSON and CSV files in one ZIP archive.',
      attachments: ['DPO-2026-0042-export.zip'],
      access: {
        purposes: 'membership administration, conferences and publications, and member communications.',
        categories: 'name, e-mail and postal address, membership history, event registrations.',
        recipients: 'Member Leap (membership software), Allen Press (publications), event hotels.',
        retention: 'for the duration of your membership and then as tax law requires.',
        source: 'you provided the data yourself when you joined and registered for events.',
        automatedDecisions: 'none; we make no decisions based solely on automated processing.',
      },
      objectionScope: 'marketing e-mails and event promotions.',
      disclosures: [],
      disclosureYear: 2025,
      complaintSummary: 'your erasure request of 31 January was not answered in time.',
      complaintOutcome: 'we erased your data on 2 March 2026 and apologise for the delay in writing to you.',
      actionsTaken: 'we acknowledged the complaint within two days, erased the data and confirmed it in writing.',
      addressee: { name: 'BBB National Programs', address: '1676 International Drive, Suite 550\nMcLean, VA 22102\nUnited States' },
      outcome: 'your data was erased except records the law requires us to keep.',
    },
    today: '2026-02-20',
    ...overrides,
  };
}
