// GDPR ladder for a controller answering EU data subjects directly (LEGAL-REFERENCE §2.1 and §3.2):
// the organisation, a supervisory authority at any time, and the courts, with Art. 79 running in parallel.
import { EU_COURT, EU_SUPERVISORY_AUTHORITIES, THE_ORGANISATION } from '../bodies';
import type { Ladder } from '../types';
import { anyTime, STARTS_HERE, WRITE_TO_US } from './common';

export const GDPR_SOCIETY_LADDER: Ladder = {
  id: 'gdpr-society',
  name: 'EU GDPR: organisation, supervisory authority, courts',
  regimes: ['gdpr'],
  description:
    'A data subject may write to the controller, lodge a complaint with any EU supervisory authority at any time (Art. 77), ' +
    'and go to court against the controller (Art. 79) concurrently and independently (CJEU C-132/21), or against an authority that ' +
    'does not handle the complaint or inform within three months (Art. 78(2)).',
  parallelTracks: [
    'Objection to direct marketing (Art. 21(2)-(3)) is absolute: stop without undue delay, confirm within one month.',
    "COPPA: a parent may have a child's data deleted at any time; no fixed number of days (16 CFR §312.6).",
  ],
  stages: [
    {
      stage: 'organisation',
      label: 'Request or complaint to the controller',
      body: THE_ORGANISATION,
      timeLimits: [
        {
          ruleId: 'gdpr.respond.months',
          label: 'The controller answers a rights request (or explains why it will not act)',
          amount: 1,
          unit: 'months',
          startsAt: 'receipt of the request',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: 'GDPR Art. 12(3)-(4) (LEGAL-REFERENCE §2.1)',
        },
        {
          ruleId: 'gdpr.extension.months',
          label: 'Extended outer limit, if the data subject was told within the first month, with reasons',
          amount: 2,
          unit: 'months',
          startsAt: 'the end of the first month',
          owedBy: 'organisation',
          confidence: 'confirmed',
          appliesWhen: 'the request is complex or one of many, and the extension was notified within one month',
          source: 'GDPR Art. 12(3) (LEGAL-REFERENCE §2.1)',
        },
      ],
      preconditions: [STARTS_HERE],
      description:
        'Rights requests under Arts. 15-22 are answered within one month (extendable by two with notice in the first month). ' +
        "A shorter promise in the controller's policy applies too; the earlier date wins.",
      requesterText: WRITE_TO_US,
      source: 'LEGAL-REFERENCE §3.2 steps 1-1d',
    },
    {
      stage: 'dpa',
      label: 'Complaint to a supervisory authority',
      body: EU_SUPERVISORY_AUTHORITIES,
      timeLimits: [
        {
          ruleId: 'gdpr.regulator.months',
          label: 'The supervisory authority informs the complainant of progress or outcome',
          amount: 3,
          unit: 'months',
          startsAt: 'lodging of the complaint with the authority',
          owedBy: 'body',
          confidence: 'secondary',
          source: 'GDPR Art. 78(2); Irish DPA 2018 s.108 (LEGAL-REFERENCE §2.1, example 26)',
        },
      ],
      preconditions: [anyTime('always-open', 'Art. 77: a complaint to a supervisory authority needs no prior step; it may be lodged with or without asking the controller first.')],
      description:
        'Any EU supervisory authority, in particular where the data subject lives or works or where the infringement took place. ' +
        'If the authority does not handle the complaint or inform within three months, Art. 78(2) opens a judicial remedy against it.',
      requesterText: {
        en: 'You have the right to lodge a complaint with a data protection supervisory authority, in particular in the EU Member State where you live, where you work or where the alleged infringement took place (Art. 77 GDPR). The European Data Protection Board lists the authorities at {url}.',
        de: 'Sie haben das Recht, Beschwerde bei einer Datenschutz-Aufsichtsbehörde einzulegen, insbesondere in dem EU-Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes (Art. 77 DSGVO). Der Europäische Datenschutzausschuss führt die Liste der Behörden unter {url}.',
        fr: "Vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle de la protection des données, en particulier dans l'État membre de l'UE où se trouve votre résidence habituelle, votre lieu de travail ou le lieu où la violation aurait été commise (art. 77 RGPD). Le Comité européen de la protection des données publie la liste des autorités à l'adresse {url}.",
      },
      source: 'GDPR Arts. 77, 78(2) (LEGAL-REFERENCE §3.2 step 2)',
    },
    {
      stage: 'court',
      label: 'Court (Art. 79 against the controller; Art. 78 against the authority)',
      body: EU_COURT,
      timeLimits: [],
      preconditions: [
        anyTime('art-79-parallel', 'Art. 79: proceedings against the controller may be brought at any time, concurrently with and independently of a complaint to an authority (C-132/21).'),
      ],
      description:
        'Against the controller: at any time, in parallel with the authority (Art. 79). Against an authority: when it does not handle the ' +
        'complaint or inform within three months, or to challenge its decision (Art. 78).',
      requesterText: {
        en: 'You also have the right to an effective judicial remedy against us before the courts (Art. 79 GDPR), at the same time as or independently of a complaint to a supervisory authority. If a supervisory authority does not handle your complaint or does not inform you of its progress or outcome within three months, you may also go to court against that authority (Art. 78 GDPR).',
        de: 'Sie haben außerdem das Recht auf einen wirksamen gerichtlichen Rechtsbehelf gegen uns (Art. 79 DSGVO), gleichzeitig mit einer Beschwerde bei einer Aufsichtsbehörde oder unabhängig davon. Befasst sich eine Aufsichtsbehörde nicht mit Ihrer Beschwerde oder unterrichtet sie Sie nicht innerhalb von drei Monaten über den Stand oder das Ergebnis, können Sie auch gegen diese Behörde gerichtlich vorgehen (Art. 78 DSGVO).',
        fr: "Vous disposez également du droit à un recours juridictionnel effectif contre nous (art. 79 RGPD), en même temps qu'une réclamation auprès d'une autorité de contrôle ou indépendamment de celle-ci. Si une autorité de contrôle ne traite pas votre réclamation ou ne vous informe pas, dans un délai de trois mois, de l'état d'avancement ou de l'issue de celle-ci, vous pouvez aussi exercer un recours juridictionnel contre cette autorité (art. 78 RGPD).",
      },
      source: 'GDPR Arts. 78, 79; CJEU C-132/21 (LEGAL-REFERENCE §3.2 steps 3 and 3\')',
    },
  ],
};
