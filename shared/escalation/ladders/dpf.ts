// Privacy Shield / EU-US Data Privacy Framework ladder (LEGAL-REFERENCE §2.7 and §3.1). Privacy Shield
// commitments outlive the framework for data received under it, so the same ladder serves both.
import { ANNEX_I_ARBITRATION, BBB_NATIONAL_PROGRAMS, EU_SUPERVISORY_AUTHORITIES, FTC, THE_ORGANISATION, US_COURT, US_DEPARTMENT_OF_COMMERCE } from '../bodies';
import type { Ladder } from '../types';
import { anyTime, STARTS_HERE, WRITE_TO_US } from './common';

export const DPF_LADDER: Ladder = {
  id: 'dpf',
  name: 'EU-US / Swiss-US Privacy Shield and Data Privacy Framework',
  regimes: ['dpf'],
  description:
    'A complaint from an EU, UK or Swiss individual about data received in the United States under Privacy Shield or the DPF: ' +
    'the organisation first, then its independent recourse mechanism, the DPA (which can refer to the Department of Commerce) ' +
    'and the FTC at any time, and Annex I binding arbitration only for residual claims once those routes were tried.',
  parallelTracks: [
    'California Shine the Light (Civ. Code §1798.83): 30 days at the designated address, otherwise up to 150; once per calendar year.',
    "COPPA: a parent may have a child's data deleted at any time; no fixed number of days (16 CFR §312.6).",
    'Marketing opt-outs: CAN-SPAM stops commercial e-mail within 10 business days; the DPF Choice principle allows "reasonable limits".',
    'Transfer and onward-transfer opt-outs (Choice principle): no fixed number of days.',
  ],
  stages: [
    {
      stage: 'organisation',
      label: 'Complaint to the organisation',
      body: THE_ORGANISATION,
      timeLimits: [
        {
          ruleId: 'dpf.complaint.days',
          label: 'The organisation responds to the complaint',
          amount: 45,
          unit: 'days',
          startsAt: 'receipt of the complaint',
          owedBy: 'organisation',
          confidence: 'confirmed',
          source: 'Privacy Shield Supplemental Principle 11(d)(i); DPF Key Requirements (LEGAL-REFERENCE §2.7)',
        },
      ],
      preconditions: [STARTS_HERE],
      description: 'The individual raises the complaint with the certified organisation, which must respond within 45 days.',
      requesterText: WRITE_TO_US,
      source: 'LEGAL-REFERENCE §3.1 step 1',
    },
    {
      stage: 'recourse-body',
      label: 'Independent recourse mechanism',
      body: BBB_NATIONAL_PROGRAMS,
      timeLimits: [
        {
          ruleId: 'dpf.panel.advice.days',
          label: 'The EU DPA panel gives its advice',
          amount: 60,
          unit: 'days',
          startsAt: 'receipt of the complaint or referral by the panel',
          owedBy: 'body',
          confidence: 'confirmed',
          appliesWhen: 'the recourse body is the EU DPA panel (HR data, or the organisation chose to cooperate with the DPAs)',
          source: 'WP29 rules of procedure of the informal panel of EU DPAs (LEGAL-REFERENCE §2.7)',
        },
        {
          ruleId: 'dpf.panel.comply.days',
          label: "The organisation complies with the panel's advice",
          amount: 25,
          unit: 'days',
          startsAt: "delivery of the panel's advice",
          owedBy: 'organisation',
          confidence: 'secondary',
          appliesWhen: 'the recourse body is the EU DPA panel',
          source: 'LEGAL-REFERENCE §1 (PS/DPF panel advice) and §2.7',
        },
      ],
      preconditions: [
        {
          kind: 'after-stages',
          id: 'raised-with-organisation',
          text: 'The complaint was first raised with the organisation (the recourse body accepts a complaint only after a good-faith attempt with the business).',
          stages: ['organisation'],
        },
        {
          kind: 'confirm',
          id: 'organisation-did-not-resolve',
          text: 'The organisation did not acknowledge or answer within 45 days, or its answer did not resolve the complaint.',
          ruleId: 'dpf.complaint.days',
        },
      ],
      description:
        'Unresolved complaints go to the independent recourse mechanism the organisation designated (BBB National Programs, free for individuals); ' +
        'for HR data, or by election, the EU DPA panel, which aims to advise within 60 days, after which the organisation has 25 days to comply.',
      requesterText: {
        en: 'If you are not satisfied with our response, you can take your complaint, free of charge, to our independent recourse mechanism, {body}: {url}.',
        de: 'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie Ihre Beschwerde kostenlos bei unserer unabhängigen Streitbeilegungsstelle einreichen, {body}: {url}.',
        fr: 'Si notre réponse ne vous satisfait pas, vous pouvez soumettre gratuitement votre plainte à notre mécanisme de recours indépendant, {body} : {url}.',
      },
      source: 'LEGAL-REFERENCE §3.1 step 2; bbbprograms.org',
    },
    {
      stage: 'dpa',
      label: "Individual's data protection authority",
      body: EU_SUPERVISORY_AUTHORITIES,
      timeLimits: [],
      preconditions: [anyTime('always-open', 'An individual can always complain directly to their local DPA (the FDPIC for Swiss individuals).')],
      description:
        'The individual may go to their own DPA at any time; the DPA can refer the complaint to the Department of Commerce. ' +
        'A policy may list this after the recourse body, but the framework does not make it wait.',
      requesterText: {
        en: 'You may also contact your local data protection authority at any time; it can refer your complaint to the U.S. Department of Commerce. The European Data Protection Board lists the authorities at {url}; in Switzerland, contact the Federal Data Protection and Information Commissioner (FDPIC).',
        de: 'Sie können sich außerdem jederzeit an Ihre zuständige Datenschutzbehörde wenden; diese kann Ihre Beschwerde an das US-Handelsministerium (Department of Commerce) weiterleiten. Der Europäische Datenschutzausschuss führt die Liste der Behörden unter {url}; in der Schweiz ist der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB) zuständig.',
        fr: "Vous pouvez aussi vous adresser à tout moment à votre autorité de protection des données, qui peut transmettre votre plainte au ministère américain du Commerce (Department of Commerce). Le Comité européen de la protection des données publie la liste des autorités à l'adresse {url} ; en Suisse, adressez-vous au Préposé fédéral à la protection des données et à la transparence (PFPDT).",
      },
      source: 'LEGAL-REFERENCE §3.1 step 3; privacyshield.gov "How to Submit a Complaint"',
    },
    {
      stage: 'commerce',
      label: 'U.S. Department of Commerce',
      body: US_DEPARTMENT_OF_COMMERCE,
      timeLimits: [
        {
          ruleId: 'dpf.commerce.days',
          label: 'The Department of Commerce responds to the referring DPA',
          amount: 90,
          unit: 'days',
          startsAt: 'referral of the complaint by the DPA',
          owedBy: 'body',
          confidence: 'unconfirmed',
          source: 'archive.is/UGN14 (sentence cut off; the 90 days are not confirmed, LEGAL-REFERENCE §2.7)',
        },
      ],
      preconditions: [
        anyTime('always-open', 'Open at any time; the framework route is a referral by the DPA, which Annex I arbitration later requires.'),
      ],
      description:
        "The International Trade Administration takes up complaints referred by the individual's DPA and uses best efforts to resolve them. " +
        'Arbitration requires the complaint to have gone through the DPA to Commerce.',
      requesterText: {
        en: 'You may also contact the U.S. Department of Commerce ({url}), which works with data protection authorities to resolve complaints under the Data Privacy Framework.',
        de: 'Sie können sich auch an das US-Handelsministerium wenden ({url}), das gemeinsam mit den Datenschutzbehörden Beschwerden nach dem Data Privacy Framework klärt.',
        fr: 'Vous pouvez également contacter le ministère américain du Commerce ({url}), qui traite avec les autorités de protection des données les plaintes relevant du Data Privacy Framework.',
      },
      source: 'LEGAL-REFERENCE §2.7 (Department of Commerce) and §3.1 step 3',
    },
    {
      stage: 'ftc',
      label: 'Federal Trade Commission',
      body: FTC,
      timeLimits: [],
      preconditions: [anyTime('always-open', 'Individuals can complain to the FTC at any time; it uses complaints for enforcement.')],
      description: 'The FTC enforces the commitments of most participants; it sets no deadline for an individual complaint.',
      requesterText: {
        en: 'You may also contact the U.S. Federal Trade Commission, which has investigatory and enforcement powers over our compliance: {url}.',
        de: 'Sie können sich zudem an die US-Handelsaufsicht Federal Trade Commission wenden, die unsere Einhaltung der Grundsätze untersucht und durchsetzt: {url}.',
        fr: "Vous pouvez également saisir la Federal Trade Commission américaine, qui dispose de pouvoirs d'enquête et de sanction à notre égard : {url}.",
      },
      source: 'LEGAL-REFERENCE §3.1 step 4',
    },
    {
      stage: 'arbitration',
      label: 'Annex I binding arbitration',
      body: ANNEX_I_ARBITRATION,
      timeLimits: [
        {
          ruleId: 'dpf.arbitration.days',
          label: 'The arbitration should be completed',
          amount: 90,
          unit: 'days',
          startsAt: 'delivery of the Notice to the organisation',
          owedBy: 'body',
          confidence: 'unconfirmed',
          source: 'Annex I §G as recalled; not confirmed (LEGAL-REFERENCE §2.7, §6)',
        },
      ],
      preconditions: [
        {
          kind: 'after-stages',
          id: 'raised-with-organisation',
          text: 'The claimed violation was raised directly with the organisation, which had the 45 days to resolve it.',
          stages: ['organisation'],
        },
        {
          kind: 'after-stages',
          id: 'used-recourse-body',
          text: "The organisation's independent recourse mechanism was used; it is free of charge.",
          stages: ['recourse-body'],
        },
        {
          kind: 'after-stages',
          id: 'dpa-to-commerce',
          text: "The issue was raised through the individual's DPA to the Department of Commerce, which had an opportunity to resolve it.",
          stages: ['dpa', 'commerce'],
        },
        {
          kind: 'confirm',
          id: 'not-already-resolved',
          text: 'The same claimed violation has not already been arbitrated, decided by a final court judgment involving the individual, or settled.',
        },
        { kind: 'confirm', id: 'written-notice', text: 'The individual delivered written notice invoking arbitration to the organisation.' },
      ],
      description:
        'Residual claims only: whether the organisation violated the Principles as to this individual and the violation remains unremedied. ' +
        'Relief is individual-specific and non-monetary (access, correction, deletion, return of data).',
      requesterText: {
        en: 'If your complaint is still unresolved after these steps, you have the right to invoke binding arbitration before the Data Privacy Framework Panel by written notice to us at {orgEmail}. The arbitration costs you nothing and can order non-monetary relief, such as access to, correction or deletion of your data: {url}.',
        de: 'Ist Ihre Beschwerde nach diesen Schritten weiterhin ungelöst, haben Sie das Recht, durch schriftliche Mitteilung an uns ({orgEmail}) ein verbindliches Schiedsverfahren vor dem Data Privacy Framework Panel einzuleiten. Das Verfahren ist für Sie kostenlos und kann nicht-finanzielle Abhilfe anordnen, etwa Auskunft über, Berichtigung oder Löschung Ihrer Daten: {url}.',
        fr: "Si votre plainte n'est toujours pas résolue après ces démarches, vous avez le droit d'engager un arbitrage contraignant devant le Data Privacy Framework Panel, par notification écrite adressée à {orgEmail}. L'arbitrage est gratuit pour vous et peut ordonner des mesures non pécuniaires, telles que l'accès à vos données, leur rectification ou leur suppression : {url}.",
      },
      source: 'LEGAL-REFERENCE §2.7 (Annex I) and §3.1 step 5; go.adr.org',
    },
    {
      stage: 'court',
      label: 'U.S. court (award review and enforcement)',
      body: US_COURT,
      timeLimits: [],
      preconditions: [{ kind: 'after-stages', id: 'after-award', text: 'Court review follows an arbitral award.', stages: ['arbitration'] }],
      onlyWhenReady: true,
      description: 'Either party may seek review and enforcement of the arbitral award under U.S. law (FAA; not confirmed).',
      requesterText: {
        en: 'An arbitral award can be reviewed and enforced by a United States court.',
        de: 'Ein Schiedsspruch kann von einem Gericht in den Vereinigten Staaten überprüft und vollstreckt werden.',
        fr: 'Une sentence arbitrale peut être contrôlée et exécutée par un tribunal des États-Unis.',
      },
      source: 'LEGAL-REFERENCE §3.1 step 6 (Annex I §E, title only)',
    },
  ],
};
