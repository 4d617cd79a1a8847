import type { LetterTemplate } from '../template-spec';

// California Civil Code §1798.83: disclosures for third parties' direct marketing in the preceding year.
export const shineTheLightResponse: LetterTemplate = {
  id: 'shine-the-light-response',
  purpose: 'Answer a California Shine the Light request: disclosures for direct marketing in the preceding calendar year, or none.',
  requestTypes: ['shine-the-light'],
  requires: ['case.receivedAt', 'letter.disclosureYear', 'letter.disclosures'],
  texts: {
    en: {
      title: 'Shine the Light response',
      subject: 'Your request {{case.ref}}: California Civil Code §1798.83',
      body: [
        'On {{case.receivedAt}} you asked us, under California Civil Code §1798.83, which personal information we disclosed to third parties for their own direct marketing purposes in {{letter.disclosureYear}}.',
        { list: 'letter.disclosures', intro: 'In {{letter.disclosureYear}} we disclosed the following categories of personal information to the following third parties for their direct marketing purposes:' },
        { p: 'In {{letter.disclosureYear}} we did not disclose your personal information to any third party for its direct marketing purposes.', whenEmpty: 'letter.disclosures' },
        'You may make this request once a calendar year.',
      ],
    },
    de: {
      title: 'Auskunft nach dem Shine-the-Light-Gesetz',
      subject: 'Ihr Antrag {{case.ref}}: California Civil Code §1798.83',
      body: [
        'Am {{case.receivedAt}} haben Sie uns nach California Civil Code §1798.83 gefragt, welche personenbezogenen Daten wir im Jahr {{letter.disclosureYear}} an Dritte für deren eigene Direktwerbung weitergegeben haben.',
        { list: 'letter.disclosures', intro: 'Im Jahr {{letter.disclosureYear}} haben wir folgende Kategorien personenbezogener Daten an folgende Dritte für deren Direktwerbung weitergegeben:' },
        { p: 'Im Jahr {{letter.disclosureYear}} haben wir Ihre personenbezogenen Daten an keinen Dritten für dessen Direktwerbung weitergegeben.', whenEmpty: 'letter.disclosures' },
        'Diese Auskunft können Sie einmal pro Kalenderjahr verlangen.',
      ],
    },
    fr: {
      title: 'Réponse au titre de la loi « Shine the Light »',
      subject: 'Votre demande {{case.ref}} : California Civil Code §1798.83',
      body: [
        'Le {{case.receivedAt}}, vous nous avez demandé, au titre du California Civil Code §1798.83, quelles informations personnelles nous avons communiquées à des tiers pour leur propre prospection commerciale en {{letter.disclosureYear}}.',
        { list: 'letter.disclosures', intro: 'En {{letter.disclosureYear}}, nous avons communiqué les catégories d’informations personnelles suivantes aux tiers suivants, pour leur prospection commerciale :' },
        { p: 'En {{letter.disclosureYear}}, nous n’avons communiqué vos informations personnelles à aucun tiers pour sa prospection commerciale.', whenEmpty: 'letter.disclosures' },
        'Vous pouvez présenter cette demande une fois par année civile.',
      ],
    },
  },
};
