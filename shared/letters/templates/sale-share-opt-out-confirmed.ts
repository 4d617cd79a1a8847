import type { LetterTemplate } from '../template-spec';

// CCPA 11 CCR §7026: no verification, third parties told, no opt-in request for 12 months.
export const saleShareOptOutConfirmed: LetterTemplate = {
  id: 'sale-share-opt-out-confirmed',
  purpose: 'Confirm a California opt-out of the sale or sharing of personal information.',
  requestTypes: ['sale-share-opt-out'],
  requires: ['case.receivedAt'],
  texts: {
    en: {
      title: 'Opt-out of sale or sharing confirmed',
      subject: 'Your request {{case.ref}}: opt-out of sale or sharing confirmed',
      body: [
        'We have received your request of {{case.receivedAt}} to opt out of the sale or sharing of your personal information, and we have acted on it.',
        'We will not sell your personal information or share it for cross-context behavioural advertising. We have told the third parties to whom we sold or shared it after your request that you have opted out.',
        'We will wait at least twelve months before asking you whether you wish to opt back in.',
        'If you have any questions, please write to {{org.dpoEmail}}.',
      ],
    },
    de: {
      title: 'Widerspruch gegen Verkauf oder Weitergabe bestätigt',
      subject: 'Ihr Antrag {{case.ref}}: Widerspruch gegen Verkauf oder Weitergabe bestätigt',
      body: [
        'Wir haben Ihren Antrag vom {{case.receivedAt}} erhalten, dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten zu widersprechen, und ihn umgesetzt.',
        'Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht für kontextübergreifende verhaltensbasierte Werbung weiter. Dritte, an die wir sie nach Ihrem Antrag verkauft oder weitergegeben haben, haben wir über Ihren Widerspruch informiert.',
        'Frühestens nach zwölf Monaten fragen wir Sie, ob Sie Ihre Entscheidung ändern möchten.',
        'Bei Fragen erreichen Sie uns unter {{org.dpoEmail}}.',
      ],
    },
    fr: {
      title: 'Opposition à la vente ou au partage confirmée',
      subject: 'Votre demande {{case.ref}} : opposition à la vente ou au partage confirmée',
      body: [
        'Nous avons reçu votre demande du {{case.receivedAt}} visant à vous opposer à la vente ou au partage de vos informations personnelles, et nous y avons donné suite.',
        'Nous ne vendrons pas vos informations personnelles et ne les partagerons pas à des fins de publicité comportementale. Nous avons informé de votre opposition les tiers auxquels nous les avions vendues ou partagées après votre demande.',
        'Nous attendrons au moins douze mois avant de vous demander si vous souhaitez revenir sur ce choix.',
        'Pour toute question, vous pouvez nous écrire à {{org.dpoEmail}}.',
      ],
    },
  },
};
