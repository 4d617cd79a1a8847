import type { LetterTemplate } from '../template-spec';

export const objectionConfirmed: LetterTemplate = {
  id: 'objection-confirmed',
  purpose: 'Confirm an objection, including a stop to direct marketing (which is absolute).',
  requestTypes: ['objection', 'withdraw-consent'],
  requires: ['case.receivedAt', 'letter.objectionScope'],
  texts: {
    en: {
      title: 'Your objection: processing stopped',
      subject: 'Your request {{case.ref}}: objection confirmed',
      body: [
        'We have received your objection of {{case.receivedAt}}. We have stopped using your personal data for the following: {{letter.objectionScope}}',
        'Where your objection concerns direct marketing, it is final: we will no longer use your data for that purpose. We keep your e-mail address on a suppression list only so that we do not contact you for marketing again.',
        'You may still receive messages we have to send you, for example about a membership, an order or this request.',
      ],
    },
    de: {
      title: 'Ihr Widerspruch: Verarbeitung beendet',
      subject: 'Ihr Antrag {{case.ref}}: Widerspruch bestätigt',
      body: [
        'Wir haben Ihren Widerspruch vom {{case.receivedAt}} erhalten. Wir verwenden Ihre personenbezogenen Daten nicht mehr für Folgendes: {{letter.objectionScope}}',
        'Betrifft Ihr Widerspruch Direktwerbung, ist er endgültig: Wir verwenden Ihre Daten nicht mehr zu diesem Zweck. Ihre E-Mail-Adresse führen wir nur auf einer Sperrliste, damit wir Sie nicht erneut zu Werbezwecken kontaktieren.',
        'Nachrichten, die wir Ihnen senden müssen, etwa zu einer Mitgliedschaft, einer Bestellung oder diesem Antrag, können Sie weiterhin erhalten.',
      ],
    },
    fr: {
      title: 'Votre opposition : traitement arrêté',
      subject: 'Votre demande {{case.ref}} : opposition confirmée',
      body: [
        'Nous avons reçu votre opposition du {{case.receivedAt}}. Nous avons cessé d’utiliser vos données personnelles pour ce qui suit : {{letter.objectionScope}}',
        'Lorsque votre opposition concerne la prospection commerciale, elle est définitive : nous n’utiliserons plus vos données à cette fin. Nous conservons votre adresse électronique dans une liste d’exclusion uniquement pour ne plus vous solliciter.',
        'Vous pourrez encore recevoir les messages que nous devons vous adresser, par exemple au sujet d’une adhésion, d’une commande ou de la présente demande.',
      ],
    },
  },
};
