// UK ladder (LEGAL-REFERENCE §2.2 and the UK variant of §3.2): complaint to the controller under
// DPA 2018 s.164A, then the ICO, then the First-tier Tribunal when the ICO does not progress the complaint.
import { ICO, THE_ORGANISATION, UK_TRIBUNAL } from '../bodies';
import type { Ladder } from '../types';
import { STARTS_HERE, WRITE_TO_US } from './common';

export const UK_LADDER: Ladder = {
  id: 'uk',
  name: 'United Kingdom: controller, ICO, Tribunal',
  regimes: ['uk-gdpr'],
  description:
    'From 19 June 2026 a controller must acknowledge a data protection complaint within 30 days and give the outcome without undue delay (s.164A). ' +
    'The ICO expects the organisation to have been asked first and a complaint to reach it within three months of the last contact; ' +
    'if the ICO gives no progress or outcome within three months, the Tribunal can order it to act (s.166).',
  parallelTracks: ['A claim against the controller in court (DPA 2018 s.167 compliance orders, s.168-169 compensation) is separate from the ICO route (general knowledge; not in the legal reference).'],
  stages: [
    {
      stage: 'organisation',
      label: 'Complaint to the controller (s.164A)',
      body: THE_ORGANISATION,
      timeLimits: [
        {
          ruleId: 'uk-gdpr.complaint.ack-days',
          label: 'The controller acknowledges the complaint',
          amount: 30,
          unit: 'days',
          startsAt: 'the day after the complaint is received (complaints from 19 June 2026)',
          owedBy: 'organisation',
          confidence: 'secondary',
          source: 'DPA 2018 s.164A(3); ICO complaints guidance 12 Feb 2026 (LEGAL-REFERENCE §2.2, example 14)',
        },
        {
          ruleId: 'uk-gdpr.respond.months',
          label: 'The controller answers a rights request',
          amount: 1,
          unit: 'months',
          startsAt: 'the relevant time (latest of receipt, requested ID, fee)',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: 'UK GDPR Arts. 12(3), 12A; ICO right of access guidance (LEGAL-REFERENCE §2.2)',
        },
      ],
      preconditions: [STARTS_HERE],
      description: 'The controller acknowledges within 30 days, takes appropriate steps and gives the outcome without undue delay.',
      requesterText: WRITE_TO_US,
      source: 'DPA 2018 s.164A (LEGAL-REFERENCE §2.2)',
    },
    {
      stage: 'dpa',
      label: "Information Commissioner's Office",
      body: ICO,
      timeLimits: [
        {
          ruleId: 'guide.uk-ico-follow-up',
          label: 'The requester follows up with the organisation if there is no reply',
          amount: 30,
          unit: 'days',
          startsAt: 'the complaint to the organisation',
          owedBy: 'requester',
          confidence: 'confirmed',
          source: 'ico.org.uk "What to expect" (LEGAL-REFERENCE §2.2)',
        },
        {
          ruleId: 'guide.uk-ico-complaint-window',
          label: 'The requester complains to the ICO',
          amount: 3,
          unit: 'months',
          startsAt: 'the last contact with the organisation',
          owedBy: 'requester',
          confidence: 'confirmed',
          source: 'ico.org.uk "What to expect" (LEGAL-REFERENCE §2.2)',
        },
        {
          ruleId: 'uk-gdpr.regulator.months',
          label: 'The ICO informs the complainant of progress or outcome',
          amount: 3,
          unit: 'months',
          startsAt: 'receipt of the complaint by the ICO',
          owedBy: 'body',
          confidence: 'secondary',
          source: 'DPA 2018 s.166 (LEGAL-REFERENCE §2.2)',
        },
      ],
      preconditions: [
        {
          kind: 'after-stages',
          id: 'raised-with-organisation',
          text: 'The ICO expects the complaint to have been raised with the organisation first (and followed up after 30 days without a reply).',
          stages: ['organisation'],
        },
        { kind: 'confirm', id: 'within-three-months', text: 'The complaint reaches the ICO within three months of the last contact with the organisation.', ruleId: 'guide.uk-ico-complaint-window' },
      ],
      description: 'The ICO handles complaints once the organisation has had its chance; it should inform the complainant within three months.',
      requesterText: {
        en: "If you are not satisfied with how we have handled your complaint, you can complain to the Information Commissioner's Office (ICO), normally within three months of your last contact with us: {url}.",
        de: "Wenn Sie mit der Bearbeitung Ihrer Beschwerde nicht zufrieden sind, können Sie sich beim Information Commissioner's Office (ICO), der britischen Datenschutzbehörde, beschweren, in der Regel innerhalb von drei Monaten nach Ihrem letzten Kontakt mit uns: {url}.",
        fr: "Si la manière dont nous avons traité votre plainte ne vous satisfait pas, vous pouvez saisir l'Information Commissioner's Office (ICO), l'autorité britannique de protection des données, en principe dans les trois mois suivant votre dernier contact avec nous : {url}.",
      },
      source: 'ico.org.uk "What to expect"; DPA 2018 s.165 (LEGAL-REFERENCE §2.2)',
    },
    {
      stage: 'court',
      label: 'First-tier Tribunal (s.166)',
      body: UK_TRIBUNAL,
      timeLimits: [],
      preconditions: [
        { kind: 'after-stages', id: 'complained-to-ico', text: 'Section 166 applies to a complaint already made to the ICO.', stages: ['dpa'] },
        { kind: 'confirm', id: 'ico-silent', text: 'The ICO gave no progress or outcome information within three months.', ruleId: 'uk-gdpr.regulator.months' },
      ],
      description: 'The Tribunal may order the ICO to take steps or to inform the complainant; it does not decide the complaint against the controller.',
      requesterText: {
        en: 'If the ICO does not tell you about the progress or outcome of your complaint within three months, you may apply to the First-tier Tribunal for an order requiring it to act (section 166 Data Protection Act 2018).',
        de: 'Unterrichtet Sie das ICO nicht innerhalb von drei Monaten über den Stand oder das Ergebnis Ihrer Beschwerde, können Sie beim First-tier Tribunal eine Anordnung beantragen (Section 166 Data Protection Act 2018).',
        fr: "Si l'ICO ne vous informe pas dans les trois mois de l'état d'avancement ou de l'issue de votre plainte, vous pouvez demander au First-tier Tribunal de lui ordonner d'agir (section 166 du Data Protection Act 2018).",
      },
      source: 'DPA 2018 s.166 (LEGAL-REFERENCE §2.2)',
    },
  ],
};
