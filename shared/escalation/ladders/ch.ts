// Swiss revFADP ladder (LEGAL-REFERENCE §2.3 and §3.5). The escalation specifics under the revised law
// are open items in the reference, so both later stages are documented as open at any time.
import { FDPIC, SWISS_CIVIL_COURT, THE_ORGANISATION } from '../bodies';
import type { Ladder } from '../types';
import { anyTime, STARTS_HERE, WRITE_TO_US } from './common';

export const CH_LADDER: Ladder = {
  id: 'ch',
  name: 'Switzerland (revFADP): controller, FDPIC, civil court',
  regimes: ['ch-fadp'],
  description:
    'Access requests are answered within 30 days (a delay must be notified with the expected time); a fee notice opens a 10-day ' +
    'reflection period after which the 30 days run. The FDPIC investigates and civil courts enforce (specifics not confirmed).',
  parallelTracks: [],
  stages: [
    {
      stage: 'organisation',
      label: 'Request to the controller',
      body: THE_ORGANISATION,
      timeLimits: [
        {
          ruleId: 'ch-fadp.respond.days',
          label: 'The controller provides the information (or notifies the delay and how long it will take)',
          amount: 30,
          unit: 'days',
          startsAt: 'receipt of the request (or the end of the 10-day fee reflection period)',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: 'revFADP Art. 25(7); DPO Arts. 18-19 (LEGAL-REFERENCE §2.3)',
        },
        {
          ruleId: 'ch-fadp.reflection.days',
          label: 'The requester confirms a notified fee, or the request is deemed withdrawn',
          amount: 10,
          unit: 'days',
          startsAt: 'the fee notice',
          owedBy: 'requester',
          confidence: 'confirmed',
          appliesWhen: 'a contribution to costs (max CHF 300) was notified for disproportionate effort',
          source: 'DPO Art. 19 (LEGAL-REFERENCE §2.3)',
        },
      ],
      preconditions: [STARTS_HERE],
      description: 'The controller answers within 30 days; a refusal, restriction or deferral is notified within the same deadline.',
      requesterText: WRITE_TO_US,
      source: 'LEGAL-REFERENCE §3.5',
    },
    {
      stage: 'dpa',
      label: 'Federal Data Protection and Information Commissioner',
      body: FDPIC,
      timeLimits: [],
      preconditions: [anyTime('always-open', 'A report to the FDPIC needs no prior step (revFADP Art. 49; specifics not confirmed).')],
      description: 'The FDPIC opens investigations on its own motion or on a report (revFADP Art. 49).',
      requesterText: {
        en: 'You may report the matter to the Federal Data Protection and Information Commissioner (FDPIC): {url}.',
        de: 'Sie können die Angelegenheit dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) melden: {url}.',
        fr: 'Vous pouvez signaler la situation au Préposé fédéral à la protection des données et à la transparence (PFPDT) : {url}.',
      },
      source: 'LEGAL-REFERENCE §2.3 (Escalation), §3.5',
    },
    {
      stage: 'court',
      label: 'Civil court',
      body: SWISS_CIVIL_COURT,
      timeLimits: [],
      preconditions: [anyTime('always-open', 'A civil action does not depend on a report to the FDPIC (not confirmed under the revised law).')],
      description: 'Under the old FADP, actions to enforce the right to information ran in a simplified civil procedure; the revised equivalent is not confirmed.',
      requesterText: {
        en: 'You may also enforce your rights by a civil action before the competent Swiss court.',
        de: 'Sie können Ihre Rechte zudem mit einer Zivilklage vor dem zuständigen Schweizer Gericht durchsetzen.',
        fr: 'Vous pouvez également faire valoir vos droits par une action civile devant le tribunal suisse compétent.',
      },
      source: 'LEGAL-REFERENCE §2.3 (Escalation)',
    },
  ],
};
