// IMAPS, the International Microelectronics Assembly and Packaging Society: a US professional society in
// North Carolina that processes EU members' data under the GDPR, relying on Art. 49 derogations for the
// transfer (policies/imaps-privacy-policy.txt). Its complaints climb the GDPR ladder.
import { EU_SUPERVISORY_AUTHORITIES } from '../../escalation/bodies';
import type { OrganisationProfileInput } from '../profile';

const EU_RIGHTS = '4.C European Union Data Subject Rights';
const ERASURE = '2.H Personal/Membership/Payment Data Retention and Erasure';
const CONTACT_US = 'Contact Us';
const ED_EMAIL = 'modonoghue@imaps.org';
const DPO_EMAIL = 'bschieman@imaps.org';

export const IMAPS: OrganisationProfileInput = {
  id: 'imaps',
  name: 'IMAPS',
  legalName: 'International Microelectronics Assembly and Packaging Society',
  address: { lines: ['PO Box 110127', 'Research Triangle Park, NC 27709-5127'], country: 'US' },
  country: 'US-NC',
  timeZone: 'America/New_York',
  regimes: ['gdpr', 'coppa', 'can-spam'],
  regimeSources: {
    gdpr: { section: EU_RIGHTS, quote: 'The European Union’s General Data Protection Regulation and other countries’ privacy laws provide certain rights for data subjects' },
    coppa: { section: '6. Children', quote: 'IMAPS does not knowingly collect personally identifiable data from persons under the age of 13 of COPPA' },
    'can-spam': { section: 'IMAPS Privacy Statement', quote: 'please let us know by sending us an e-mail to us and typing unsubscribe' },
  },
  policy: { title: 'IMAPS Website Privacy Statement', file: 'imaps-privacy-policy.txt' },
  contact: {
    email: ED_EMAIL,
    phone: '919-293-5000',
    postal: { lines: ['IMAPS - International Microelectronics Assembly and Packaging Society', 'PO Box 110127', 'Research Triangle Park, NC 27709-5127'], country: 'US' },
    channels: [
      {
        kind: 'email',
        label: 'Executive Director, Michael O’Donoghue',
        address: ED_EMAIL,
        designated: true,
        source: { section: '1. Data Protection / Policies Contact', quote: 'You may contact IMAPS if you have any questions or concerns about policies or practices regarding Personal Data' },
      },
      {
        kind: 'email',
        label: 'DPO contact, Brian Schieman',
        address: DPO_EMAIL,
        designated: true,
        source: { section: CONTACT_US, quote: 'If you have a complaint, dispute, or questions regarding this Policy or our treatment of your Personal Data, please contact us at:' },
      },
      {
        kind: 'post',
        label: 'IMAPS headquarters',
        address: 'PO Box 110127, Research Triangle Park, NC 27709-5127',
        designated: true,
        source: { section: '1. Data Protection / Policies Contact', quote: 'Research Triangle Park, NC  27709-5127' },
      },
      {
        kind: 'web-form',
        label: 'Data Subject Access Portal',
        designated: true,
        purposes: ['access'],
        source: { section: EU_RIGHTS, quote: 'You may also request information through our Data Subject Access Portal' },
      },
      { kind: 'phone', label: 'Telephone', address: '919-293-5000', designated: true, purposes: ['inquiry'], source: { section: 'IMAPS Privacy Statement', quote: 'Contact us at 919-293-5000 if you have any questions.' } },
    ],
  },
  dpo: {
    name: 'Brian Schieman',
    email: DPO_EMAIL,
    postal: { lines: ['PO Box 110127', 'Research Triangle Park North Carolina 27709'], country: 'US' },
    source: { section: CONTACT_US, quote: 'DPO Contact' },
  },
  promises: [
    {
      id: 'reply-within-30-days',
      requestTypes: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'complaint', 'inquiry'],
      what: 'reply',
      days: 30,
      source: { section: CONTACT_US, quote: 'Please allow up to 30 days for us to reply.' },
      note:
        'Not a licence to exceed the GDPR: for a request received on 29-31 January, or in February, 30 days end after the one-month limit. ' +
        'The earlier of the two dates applies (LEGAL-REFERENCE §3.2).',
    },
  ],
  rights: [
    { requestType: 'access', source: { section: EU_RIGHTS, quote: 'If you wish to confirm that IMAPS is processing your personal data, or to have access to the personal data IMAPS may have about you' } },
    { requestType: 'rectification', source: { section: EU_RIGHTS, quote: 'You have a right to correct (rectify) the record of your personal data maintained by IMAPS if it is inaccurate.' } },
    {
      requestType: 'erasure',
      limits: 'Subject to the exceptions listed in section 2.H.',
      source: { section: EU_RIGHTS, quote: 'You may request that IMAPS erase that data or cease processing it, subject to certain exceptions.' },
    },
    { requestType: 'restriction', limits: 'Worded as ceasing processing or blocking data held in violation of the law.', source: { section: EU_RIGHTS, quote: 'to block any data held in violation of the law' } },
    { requestType: 'portability', limits: 'When technically feasible.', source: { section: EU_RIGHTS, quote: 'You have the right to receive your personal information in a structured and standard format.' } },
    { requestType: 'objection', source: { section: EU_RIGHTS, quote: 'You may also request that IMAPS cease using your data for direct marketing purposes.' } },
    { requestType: 'withdraw-consent', source: { section: EU_RIGHTS, quote: 'You may withdraw your consent for the processing of personal data or the further processing of personal data by IMAPS at any time.' } },
    { requestType: 'complaint', source: { section: EU_RIGHTS, quote: 'you have a right to lodge a complaint with the appropriate data protection authority' } },
    {
      requestType: 'child-data-deletion',
      limits: 'The policy asks parents to contact the Executive Director; COPPA gives the parent the right to have the data deleted.',
      source: { section: '6. Children', quote: 'If you are a parent of a child under 13, and you believe that your child has provided us with information about him or herself, please contact IMAPS Executive Director.' },
    },
  ],
  erasureExceptions: [
    {
      id: 'legitimate-interests-fraud',
      summary: 'Data kept for legitimate business interests such as fraud detection and prevention and safety',
      gdprArt17_3: null,
      analysis:
        'Not an Art. 17(3) ground. Keeping the data can only rest on Art. 17(1) not being triggered (the data is still necessary, or there are ' +
        'overriding legitimate grounds under Art. 21(1)) or on legal claims under Art. 17(3)(e); decide and record it case by case.',
      source: { section: ERASURE, quote: 'We may retain some of your personal information as necessary for our legitimate business interests, such as fraud detection and prevention and enhancing safety.' },
    },
    {
      id: 'legal-obligations',
      summary: 'Data kept to comply with legal obligations (tax, legal reporting, auditing)',
      gdprArt17_3: 'b',
      analysis: 'Art. 17(3)(b): compliance with a legal obligation. Keep only what the obligation needs, for as long as it needs it.',
      source: { section: ERASURE, quote: 'We may retain and use your personal information to the extent necessary to comply with our legal obligations.' },
    },
    {
      id: 'public-content-anonymised',
      summary: 'Content shared publicly stays visible with the attribution removed',
      gdprArt17_3: null,
      analysis:
        'No 17(3) ground is needed for data that is truly anonymised, which falls outside the GDPR (Recital 26). Content that still identifies ' +
        'the person without the attribution is personal data and must be erased unless a 17(3) ground applies.',
      source: { section: ERASURE, quote: 'Information you have shared with others may continue to be publicly visible on the Site, even after your IMAPS Account is cancelled.' },
    },
    {
      id: 'log-records-disassociated',
      summary: 'Copies such as log records stay in the database, disassociated from personal identifiers',
      gdprArt17_3: null,
      analysis:
        'Outside the GDPR only if the records are anonymised (Recital 26). Records that can be linked back to the person are pseudonymised, ' +
        'which is still personal data, and are not covered by any 17(3) ground.',
      source: { section: ERASURE, quote: 'some copies of your information (e.g., log records) may remain in our database, but are disassociated from personal identifiers' },
    },
    {
      id: 'backup-copies',
      summary: 'Residual copies stay in backup systems for a limited period',
      gdprArt17_3: null,
      analysis:
        'The GDPR has no express backup rule and no EU DPA position was found (LEGAL-REFERENCE §2.1, open item). Keep backups out of use ' +
        "and let them expire on a documented cycle. California's §7022(d) backup deferral applies only under the CCPA.",
      source: { section: ERASURE, quote: 'residual copies of your personal information may not be removed from our backup systems for a limited period of time' },
    },
  ],
  optOuts: [
    {
      id: 'unsubscribe-email',
      kind: 'marketing',
      label: 'E-mail and other information from IMAPS',
      requestType: 'objection',
      how: 'Send IMAPS an e-mail with the word unsubscribe, or follow the instructions in any IMAPS e-mail.',
      ruleIds: ['can-spam.stop.business-days'],
      source: { section: 'IMAPS Privacy Statement', quote: 'If you do not want to receive e-mail or other information from us in the future, please let us know by sending us an e-mail to us and typing unsubscribe.' },
    },
    {
      id: 'suppress-broadcast-emails',
      kind: 'marketing',
      label: 'Membership broadcast e-mails',
      requestType: 'objection',
      how: 'In the Member Leap profile: Member Log-in, Member Information, Change Contact/Profile Info, then tick Suppress Broadcast Emails.',
      ruleIds: ['can-spam.stop.business-days'],
      source: { section: '2.A Membership', quote: 'scroll down and check the box to "Suppress Broadcast Emails."' },
    },
    {
      id: 'direct-marketing-objection',
      kind: 'marketing',
      label: 'Use of data for direct marketing (GDPR Art. 21(2))',
      requestType: 'objection',
      how: 'Ask IMAPS to cease using the data for direct marketing; the objection is absolute and is confirmed within one month.',
      ruleIds: ['gdpr.respond.months'],
      source: { section: EU_RIGHTS, quote: 'You may also request that IMAPS cease using your data for direct marketing purposes.' },
    },
    {
      id: 'attendee-list-sponsors',
      kind: 'other',
      label: 'Event attendee lists and information from sponsors, co-sponsors and exhibitors',
      requestType: 'objection',
      how: 'State the preference when registering for an event, or contact IMAPS directly.',
      ruleIds: [],
      source: { section: '4.B How We Share Your Information with Third Parties', quote: 'If you do not wish to have your information included in an attendee list or to receive information from sponsors' },
    },
  ],
  children: {
    minimumAge: 13,
    directedToChildren: false,
    deletionPromised: false,
    contact: `IMAPS Executive Director (${ED_EMAIL})`,
    note:
      'The policy asks parents to contact the Executive Director but does not promise deletion. COPPA §312.6 lets a parent direct deletion ' +
      'at any time, so treat such a message as a child-data-deletion request and act promptly.',
    source: { section: '6. Children', quote: 'the Sites are not directed to children under the age of 13' },
  },
  recourse: [
    {
      stage: 'dpa',
      body: EU_SUPERVISORY_AUTHORITIES,
      source: { section: EU_RIGHTS, quote: 'In many countries (including EEA countries), you have a right to lodge a complaint with the appropriate data protection authority' },
    },
  ],
  commitments: [
    {
      topic: 'Transfer basis',
      text: 'EU-US transfers rely on Art. 49 derogations (explicit consent, contract), not on an adequacy decision or other safeguards.',
      source: { section: '4.C Transferring Personal Data from the EU to the US', quote: 'IMAPS relies on derogations as set forth in Article 49 of the GDPR' },
    },
    {
      topic: 'Erasure on cancellation (EEA)',
      text: 'For EEA residents, cancelling membership or withdrawing consent leads to erasure of data no longer needed, unless the law requires keeping it.',
      source: { section: '4.E Data Storage and Retention', quote: 'all your personal data received and stored are erased if no longer needed by us' },
    },
    { topic: 'No sale', text: 'IMAPS says it does not sell, rent or share personal information obtained through the website.', source: { section: 'IMAPS Privacy Statement', quote: 'IMAPS will not sell, rent or share any personal information obtained through this Website and about you to any third party.' } },
    { topic: 'Do Not Track', text: 'IMAPS does not respond to Do Not Track signals.', source: { section: '3. Online Advertising; Tracking', quote: 'IMAPS does not respond to “Do Not Track” (DNT) signals.' } },
    {
      topic: 'Payment card data',
      text: 'Card and bank details are processed by third-party vendors and never stored by IMAPS: an access request need not search for them.',
      source: { section: ERASURE, quote: 'credit card or bank account information is never passed to IMAPS' },
    },
    {
      topic: 'Business transfers (EEA)',
      text: 'The right to transfer data in a merger or sale is not reserved for EEA residents.',
      source: { section: '4.B Business Transfers; Bankruptcy', quote: 'Unless you are residing in the European Economic Area, we reserve the right' },
    },
    {
      topic: 'Rights not reduced',
      text: 'Policy changes do not reduce rights without explicit and informed consent.',
      source: { section: '7. Modifications to this Privacy Notice', quote: 'We will in any case not reduce your rights under this Privacy Notice without your explicit and informed consent.' },
    },
  ],
  ladderId: 'gdpr-society',
  languages: ['en'],
};
