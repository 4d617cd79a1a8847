// Virginia / Connecticut-style ladder (LEGAL-REFERENCE §2.5 and §3.4): request, appeal to the controller,
// then the state Attorney General. The appeal is a second round at the organisation stage.
import { STATE_ATTORNEY_GENERAL, THE_ORGANISATION } from '../bodies';
import type { Ladder } from '../types';
import { STARTS_HERE } from './common';

export const US_STATE_LADDER: Ladder = {
  id: 'us-state',
  name: 'US state privacy laws (Virginia, Connecticut, Colorado and peers): request, appeal, Attorney General',
  regimes: ['us-state'],
  description:
    'The controller responds within 45 days (+45 with notice); a refusal carries its reasons and appeal instructions. ' +
    'The controller decides an appeal within 60 days (Virginia, Connecticut) and, if it denies it, gives the Attorney General complaint channel.',
  parallelTracks: [],
  stages: [
    {
      stage: 'organisation',
      label: 'Request and appeal to the controller',
      body: THE_ORGANISATION,
      timeLimits: [
        {
          ruleId: 'us-state.respond.days',
          label: 'The controller responds (or declines, with appeal instructions)',
          amount: 45,
          unit: 'days',
          startsAt: 'receipt of the request',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: 'VCDPA §59.1-577(B); CTDPA (LEGAL-REFERENCE §2.5)',
        },
        {
          ruleId: 'us-state.extension.days',
          label: 'Extended response, if the consumer was told within the first 45 days',
          amount: 45,
          unit: 'days',
          startsAt: 'the end of the first 45 days',
          owedBy: 'organisation',
          confidence: 'confirmed',
          appliesWhen: 'notice with the reason was given within the first 45 days',
          source: 'VCDPA §59.1-577(B) (LEGAL-REFERENCE §2.5)',
        },
        {
          ruleId: 'us-state.appeal.days',
          label: 'The controller decides the appeal',
          amount: 60,
          unit: 'days',
          startsAt: 'receipt of the appeal',
          owedBy: 'organisation',
          confidence: 'secondary',
          appliesWhen: 'the consumer appealed (Virginia, Connecticut; Colorado not confirmed)',
          source: 'VCDPA §59.1-577(C); CTDPA (LEGAL-REFERENCE §2.5)',
        },
      ],
      preconditions: [STARTS_HERE],
      description: 'Both the request and the appeal are decided by the controller; record the appeal as a note on this stage.',
      requesterText: {
        en: 'If you disagree with our decision, you can appeal it by writing to us at {orgEmail}. We will decide on your appeal within 60 days of receiving it and tell you the reasons.',
        de: 'Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie dagegen Widerspruch einlegen, indem Sie uns an {orgEmail} schreiben. Wir entscheiden innerhalb von 60 Tagen nach Eingang über Ihren Widerspruch und nennen Ihnen die Gründe.',
        fr: 'Si vous contestez notre décision, vous pouvez former un recours en nous écrivant à {orgEmail}. Nous statuerons sur votre recours dans les 60 jours suivant sa réception et vous en indiquerons les motifs.',
      },
      source: 'LEGAL-REFERENCE §3.4',
    },
    {
      stage: 'dpa',
      label: 'State Attorney General',
      body: STATE_ATTORNEY_GENERAL,
      timeLimits: [],
      preconditions: [
        { kind: 'after-stages', id: 'asked-controller', text: 'The consumer first made the request to the controller.', stages: ['organisation'] },
        {
          kind: 'confirm',
          id: 'appeal-denied',
          text: 'The consumer appealed and the controller denied the appeal (it must then give the Attorney General complaint channel).',
          ruleId: 'us-state.appeal.days',
        },
      ],
      description: 'The Attorney General enforces the law (Virginia: 30-day cure period before penalties).',
      requesterText: {
        en: 'If we deny your appeal, you can submit a complaint to the Attorney General of your state; we will tell you how.',
        de: 'Lehnen wir Ihren Widerspruch ab, können Sie sich mit einer Beschwerde an den Attorney General Ihres Bundesstaates wenden; wir teilen Ihnen mit, wie.',
        fr: 'Si nous rejetons votre recours, vous pouvez adresser une plainte au procureur général (Attorney General) de votre État ; nous vous indiquerons comment procéder.',
      },
      source: 'LEGAL-REFERENCE §2.5, §3.4',
    },
  ],
};
