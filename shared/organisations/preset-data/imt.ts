// Innovative Micro Technology, Inc.: a US company that certified to the EU-US and Swiss-US Privacy Shield
// (policy effective 19 April 2019; policies/imt-privacy-policy.txt). Its Privacy Shield commitments still bind
// it for data received under the framework (LEGAL-REFERENCE §2.7), so its complaints climb the DPF ladder.
import { ANNEX_I_ARBITRATION, BBB_NATIONAL_PROGRAMS, EU_SUPERVISORY_AUTHORITIES, FTC, US_DEPARTMENT_OF_COMMERCE } from '../../escalation/bodies';
import type { OrganisationProfileInput } from '../profile';

const EEA_NOTICE = 'Important Notice for Residents of the European Economic Area and Switzerland';
const OPT_OUT = 'Opt-Out for Direct Marketing; Email Management';
const ACCESS = 'Access to personal information';
const ESCALATE = 'you may also contact your local data protection authority, the US Department of Commerce, and/or the Federal Trade Commission for assistance';
const PRIVACY_EMAIL = 'privacy@imtmems.com';
const POSTAL = { lines: ['Innovative Micro Technology, Inc.', 'Attention – Marketing Communications', '75 Robin Hill Road', 'Santa Barbara, CA 93117'], country: 'US' };

export const IMT: OrganisationProfileInput = {
  id: 'imt',
  name: 'Innovative Micro Technology',
  legalName: 'Innovative Micro Technology, Inc.',
  address: { lines: ['75 Robin Hill Road', 'Santa Barbara, CA 93117'], country: 'US' },
  country: 'US-CA',
  timeZone: 'America/Los_Angeles',
  regimes: ['dpf', 'ca-shine-the-light', 'coppa', 'can-spam'],
  regimeSources: {
    dpf: { section: EEA_NOTICE, quote: 'I.M.T. complies with the EU-US Privacy Shield Framework and the Swiss-U.S. Privacy Shield Framework as set forth by the US Department of Commerce' },
    'ca-shine-the-light': { section: 'California Privacy Rights', quote: 'Pursuant to Section 1798.83 of the California Civil Code, residents of California have the right to obtain certain information' },
    coppa: { section: 'Children', quote: 'We do not knowingly collect any personal information from children under the age of thirteen through the Website.' },
    'can-spam': { section: OPT_OUT, quote: 'You may also manage your receipt of marketing and non-transactional communications' },
  },
  policy: { title: 'Innovative Micro Technology Website Privacy Policy', url: 'https://imtmems.com/privacy-policy/', effectiveDate: '2019-04-19', file: 'imt-privacy-policy.txt' },
  contact: {
    email: PRIVACY_EMAIL,
    phone: '1-805-681-2800',
    postal: POSTAL,
    channels: [
      { kind: 'email', label: 'Privacy Policy inquiries', address: PRIVACY_EMAIL, designated: true, source: { section: 'How to Contact Us', quote: 'E-mail us: privacy@imtmems.com' } },
      { kind: 'phone', label: 'Telephone', address: '1-805-681-2800', designated: true, purposes: ['inquiry'], source: { section: 'How to Contact Us', quote: 'Call us: 1-805-681-2800' } },
      { kind: 'post', label: 'Attention – Marketing Communications', address: POSTAL.lines.join(', '), designated: true, purposes: ['inquiry'], source: { section: 'How to Contact Us', quote: 'Attention – Marketing Communications' } },
      { kind: 'web-form', label: 'Manage Email Preferences link in marketing e-mails', designated: true, purposes: ['objection'], source: { section: OPT_OUT, quote: 'link located on the bottom of any IMT marketing email' } },
    ],
    subjectRule: {
      mustContain: 'PRIVACY POLICY',
      caseSensitive: false,
      appliesTo: [PRIVACY_EMAIL],
      consequence: 'still-a-request',
      note:
        'The policy says only messages with PRIVACY POLICY in the subject line are reviewed. A message without it is still a request: ' +
        'GDPR requests need no set words, CCPA §7020(e) requires such submissions to be handled or redirected, and Shine the Light allows ' +
        'up to 150 days outside the designated channel. Triage notes the missing phrase; it never drops the message.',
      source: { section: 'How to Contact Us', quote: 'in the subject line as only Privacy Policy inquiries sent to this address will be reviewed' },
    },
  },
  promises: [
    {
      id: 'complaints-resolved',
      requestTypes: ['complaint'],
      what: 'resolve complaints about privacy and the collection or use of personal information',
      source: { section: EEA_NOTICE, quote: 'commits to resolve complaints about your privacy and our collection or use of your personal information' },
      note: 'No number of days in the policy; the Privacy Shield / DPF Principles require a response within 45 days (rule dpf.complaint.days).',
    },
    {
      id: 'access-reasonable-time',
      requestTypes: ['access'],
      what: 'confirm whether personal information is processed and give access',
      source: { section: ACCESS, quote: 'provide you with access to your personal information within a reasonable time' },
    },
    {
      id: 'opt-out-reasonable-time',
      requestTypes: ['objection'],
      what: 'process an opt-out request',
      source: { section: 'Onward Transfer to Third Parties', quote: 'Please allow us a reasonable time to process your request.' },
      note: 'E-mail marketing must stop within 10 business days under CAN-SPAM whatever the policy says.',
    },
    {
      id: 'child-data-deleted',
      requestTypes: ['child-data-deletion'],
      what: "endeavour to delete a child's information",
      source: { section: 'Children', quote: 'we will endeavor to delete that information from our databases' },
    },
  ],
  rights: [
    {
      requestType: 'access',
      limits: 'Stated for EU and Swiss individuals under Privacy Shield; the policy reserves a non-excessive fee.',
      source: { section: ACCESS, quote: 'we will provide you with confirmation as to whether we are processing your personal information' },
    },
    { requestType: 'rectification', limits: 'Where the data is inaccurate.', source: { section: ACCESS, quote: 'We will also correct, amend or delete your personal information where it is inaccurate' } },
    {
      requestType: 'erasure',
      limits: 'Only where the data is inaccurate or was processed in violation of the policy.',
      source: { section: ACCESS, quote: 'where it is inaccurate or has been processed in violation of this privacy policy' },
    },
    {
      requestType: 'objection',
      limits: 'Direct marketing and transfers for direct marketing; transactional e-mails continue.',
      source: { section: OPT_OUT, quote: 'You may opt out at any time from the use of your personal information for direct marketing purposes' },
    },
    { requestType: 'shine-the-light', source: { section: 'California Privacy Rights', quote: 'If you wish to submit a request pursuant to Section 1798.83, please contact I.M.T. via email at privacy@imtmems.com.' } },
    { requestType: 'child-data-deletion', source: { section: 'Children', quote: 'If you have reason to believe that a child under the age of 13 has provided personal information to us, please contact us at privacy@imtmems.com' } },
    { requestType: 'complaint', source: { section: EEA_NOTICE, quote: 'European Union or Swiss individuals with inquiries or complaints regarding this Privacy Policy should first contact I.M.T. at privacy@imtmems.com' } },
  ],
  erasureExceptions: [
    {
      id: 'only-inaccurate-or-violating',
      summary: 'Deletion is offered only for data that is inaccurate or was processed in violation of the policy',
      gdprArt17_3: null,
      analysis:
        'A limit on the right (the Privacy Shield Access Principle), not an Art. 17(3) ground. Where the GDPR applies, erasure is due on any ' +
        'Art. 17(1) ground (no longer necessary, consent withdrawn, objection, unlawful processing) unless a 17(3) ground is shown.',
      source: { section: ACCESS, quote: 'where it is inaccurate or has been processed in violation of this privacy policy' },
    },
    {
      id: 'archiving-research-statistics',
      summary: 'Further processing for archiving in the public interest, scientific or historical research and statistical analysis',
      gdprArt17_3: 'd',
      analysis: 'Art. 17(3)(d): archiving, research or statistics under Art. 89(1), and only where erasure would make those purposes impossible or seriously impair them.',
      source: { section: 'Retention of personal information', quote: 'archiving in the public interest, journalism, literature and art, scientific or historical research and statistical analysis' },
    },
    {
      id: 'journalism-literature-art',
      summary: 'Further processing for journalism, literature and art',
      gdprArt17_3: 'a',
      analysis: 'Art. 17(3)(a): freedom of expression and information, of which journalism, literature and art are the Art. 85 examples.',
      source: { section: 'Retention of personal information', quote: 'journalism, literature and art' },
    },
  ],
  optOuts: [
    {
      id: 'direct-marketing',
      kind: 'marketing',
      label: 'Use of personal information for direct marketing',
      requestType: 'objection',
      how: 'E-mail privacy@imtmems.com saying you want to opt out of direct marketing (the policy asks for PRIVACY POLICY in the subject line).',
      ruleIds: ['can-spam.stop.business-days'],
      source: { section: OPT_OUT, quote: 'You may opt out at any time from the use of your personal information for direct marketing purposes' },
    },
    {
      id: 'marketing-transfer',
      kind: 'marketing-transfer',
      label: 'Transfer to third parties for their direct marketing',
      requestType: 'objection',
      how: 'E-mail privacy@imtmems.com saying you want to opt out of the transfer of your personal information to third parties for direct marketing.',
      ruleIds: [],
      source: { section: OPT_OUT, quote: 'the transfer of your personal information to third parties for direct marketing purposes' },
    },
    {
      id: 'onward-transfer-agents',
      kind: 'onward-transfer',
      label: 'Transfer to any or all categories of agents (service providers)',
      requestType: 'objection',
      how: 'E-mail privacy@imtmems.com naming the categories of agents; the policy promises a reasonable time.',
      ruleIds: [],
      source: { section: 'Onward Transfer to Third Parties', quote: 'You may opt out of having your personal information transferred to any or all of our categories of agents' },
    },
    {
      id: 'email-preferences',
      kind: 'marketing',
      label: 'Marketing and non-transactional e-mail',
      requestType: 'objection',
      how: 'The Manage Email Preferences link at the bottom of any IMT marketing e-mail; transactional e-mails cannot be opted out of.',
      ruleIds: ['can-spam.stop.business-days'],
      source: { section: OPT_OUT, quote: 'You cannot opt out of receiving transactional e-mails related to your account or purchase orders.' },
    },
  ],
  children: {
    minimumAge: 13,
    directedToChildren: false,
    deletionPromised: true,
    contact: PRIVACY_EMAIL,
    note: 'COPPA lets a parent direct deletion at any time (16 CFR §312.6) with no fixed number of days: act promptly, after a proportionate check that the requester is the parent.',
    source: { section: 'Children', quote: 'we will endeavor to delete that information from our databases' },
  },
  recourse: [
    {
      stage: 'recourse-body',
      body: BBB_NATIONAL_PROGRAMS,
      note: 'The policy names BBB EU PRIVACY SHIELD (www.bbb.org/EU-privacy-shield/for-eu-consumers), the programme now run as BBB National Programs Data Privacy Framework Services.',
      source: { section: EEA_NOTICE, quote: 'I.M.T. has further committed to refer unresolved privacy complaints under the EU-US and the Swiss-U.S. Privacy Shield Principles to BBB EU PRIVACY SHIELD' },
    },
    { stage: 'dpa', body: EU_SUPERVISORY_AUTHORITIES, source: { section: EEA_NOTICE, quote: ESCALATE } },
    { stage: 'commerce', body: US_DEPARTMENT_OF_COMMERCE, source: { section: EEA_NOTICE, quote: ESCALATE } },
    { stage: 'ftc', body: FTC, source: { section: EEA_NOTICE, quote: 'I.M.T. is subject to the investigatory and enforcement powers of the Federal Trade Commission.' } },
    {
      stage: 'arbitration',
      body: ANNEX_I_ARBITRATION,
      note: 'The policy names the Privacy Shield Panel; under the DPF the Annex I panel is the Data Privacy Framework Panel.',
      source: { section: EEA_NOTICE, quote: 'you have the right to invoke binding arbitration by the Privacy Shield Panel upon written notice to I.M.T. at privacy@imtmems.com' },
    },
  ],
  commitments: [
    {
      topic: 'Access fee',
      text: 'The policy reserves a non-excessive fee for access. For EU data subjects under the GDPR a fee is only possible for manifestly unfounded or excessive requests or further copies (Arts. 12(5), 15(3)).',
      source: { section: ACCESS, quote: 'We may require payment of a non-excessive fee to defray our expenses in this regard.' },
    },
    { topic: 'Do Not Track', text: 'IMT says it honours Do Not Track browser settings.', source: { section: 'California Privacy Rights', quote: 'I.M.T. honors “Do Not Track” settings.' } },
    {
      topic: 'Privacy Shield Principles prevail',
      text: 'Where the policy and the Principles conflict, the Principles govern.',
      source: { section: EEA_NOTICE, quote: 'If there is a conflict between this Privacy Policy and the Privacy Shield Principles, the Privacy Shield Principles shall govern.' },
    },
    {
      topic: 'Liability for agents',
      text: 'IMT remains liable when an agent processes data inconsistently with the Principles, unless it proves it is not responsible.',
      source: { section: EEA_NOTICE, quote: 'we remain liable if our agent processes such personal information in a manner inconsistent with the Privacy Shield Principles' },
    },
    {
      topic: 'Business transfers',
      text: 'A successor in a merger or sale takes the data subject to the policy.',
      source: { section: 'Business Transfers', quote: 'This policy shall be binding upon IMT and its legal successors in interest.' },
    },
  ],
  ladderId: 'dpf',
  languages: ['en'],
};
