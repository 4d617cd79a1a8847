// California CCPA ladder (LEGAL-REFERENCE §2.4 and §3.3). The CCPA has no consumer appeal step; the
// consumer can go to the CPPA or the Attorney General.
import { CPPA, THE_ORGANISATION } from '../bodies';
import type { Ladder } from '../types';
import { STARTS_HERE, WRITE_TO_US } from './common';

export const CCPA_LADDER: Ladder = {
  id: 'ccpa',
  name: 'California CCPA/CPRA: business, then the CPPA or Attorney General',
  regimes: ['ccpa'],
  description:
    'The business confirms receipt within 10 business days and responds within 45 calendar days (one 45-day extension with notice); ' +
    'verification does not stop the clock. Opt-outs of sale or sharing take effect within 15 business days.',
  parallelTracks: ['Shine the Light (Civ. Code §1798.83): 30 days at the designated contact, up to 150 elsewhere; once per calendar year.'],
  stages: [
    {
      stage: 'organisation',
      label: 'Request to the business',
      body: THE_ORGANISATION,
      timeLimits: [
        {
          ruleId: 'ccpa.acknowledge.business-days',
          label: 'The business confirms receipt and explains verification and timing',
          amount: 10,
          unit: 'business-days',
          startsAt: 'receipt of a request to delete, correct or know',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: '11 CCR §7021(a) (LEGAL-REFERENCE §2.4)',
        },
        {
          ruleId: 'ccpa.respond.days',
          label: 'The business responds',
          amount: 45,
          unit: 'days',
          startsAt: 'the day the request is received, regardless of verification',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: '11 CCR §7021(b) (LEGAL-REFERENCE §2.4)',
        },
        {
          ruleId: 'ccpa.extension.days',
          label: 'Extended response, if the consumer was told within the first 45 days',
          amount: 45,
          unit: 'days',
          startsAt: 'the end of the first 45 days (at most 90 days from receipt)',
          owedBy: 'organisation',
          confidence: 'confirmed',
          appliesWhen: 'notice and an explanation were given within the first 45 days',
          source: '11 CCR §7021(b); Civ. Code §1798.130(a)(2)(A) (LEGAL-REFERENCE §2.4)',
        },
        {
          ruleId: 'ccpa.opt-out.business-days',
          label: 'The business honours an opt-out of sale or sharing',
          amount: 15,
          unit: 'business-days',
          startsAt: 'receipt of the opt-out',
          owedBy: 'organisation',
          confidence: 'secondary',
          source: '11 CCR §7026 (LEGAL-REFERENCE §2.4)',
        },
      ],
      preconditions: [STARTS_HERE],
      description: 'Requests arrive through the designated methods; a request sent elsewhere must be handled or redirected (§7020(e)).',
      requesterText: WRITE_TO_US,
      source: 'LEGAL-REFERENCE §3.3 steps 1-4',
    },
    {
      stage: 'dpa',
      label: 'California Privacy Protection Agency / Attorney General',
      body: CPPA,
      timeLimits: [],
      preconditions: [{ kind: 'any-time', id: 'no-appeal-step', text: 'The CCPA requires no consumer appeal before a complaint to the CPPA or the Attorney General (complaint timing not confirmed).' }],
      description: 'A consumer complaint to the regulator; no statutory time frame for it was confirmed.',
      requesterText: {
        en: 'If you are not satisfied with our response, you can file a complaint with the California Privacy Protection Agency ({url}) or the California Attorney General.',
        de: 'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie eine Beschwerde bei der California Privacy Protection Agency ({url}) oder beim Generalstaatsanwalt (Attorney General) von Kalifornien einreichen.',
        fr: 'Si notre réponse ne vous satisfait pas, vous pouvez déposer une plainte auprès de la California Privacy Protection Agency ({url}) ou du procureur général (Attorney General) de Californie.',
      },
      source: 'LEGAL-REFERENCE §3.3 step 5',
    },
  ],
};
