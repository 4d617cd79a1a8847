import type { LetterTemplate } from '../template-spec';

export const rectificationDone: LetterTemplate = {
  id: 'rectification-done',
  purpose: 'Confirm that inaccurate personal data has been corrected or completed.',
  requestTypes: ['rectification'],
  requires: ['case.receivedAt', 'letter.rectifiedItems'],
  texts: {
    en: {
      title: 'Your personal data has been corrected',
      subject: 'Your request {{case.ref}}: rectification completed',
      body: [
        'In answer to your request of {{case.receivedAt}}, we have corrected your personal data as follows: {{letter.rectifiedItems}}',
        'We have passed the correction on to the recipients to whom the data had been disclosed, unless this proved impossible or would have involved disproportionate effort. If you wish, we will tell you who they are.',
        'Please check the corrected data and tell us at {{org.dpoEmail}} if anything is still wrong.',
      ],
    },
    de: {
      title: 'Ihre personenbezogenen Daten wurden berichtigt',
      subject: 'Ihr Antrag {{case.ref}}: Berichtigung erfolgt',
      body: [
        'Auf Ihren Antrag vom {{case.receivedAt}} haben wir Ihre personenbezogenen Daten wie folgt berichtigt: {{letter.rectifiedItems}}',
        'Die Berichtigung haben wir den Empfängern mitgeteilt, denen die Daten offengelegt worden waren, soweit dies nicht unmöglich war oder einen unverhältnismäßigen Aufwand erfordert hätte. Auf Wunsch nennen wir Ihnen diese Empfänger.',
        'Bitte prüfen Sie die berichtigten Daten und teilen Sie uns unter {{org.dpoEmail}} mit, falls noch etwas nicht stimmt.',
      ],
    },
    fr: {
      title: 'Vos données personnelles ont été rectifiées',
      subject: 'Votre demande {{case.ref}} : rectification effectuée',
      body: [
        'En réponse à votre demande du {{case.receivedAt}}, nous avons rectifié vos données personnelles comme suit : {{letter.rectifiedItems}}',
        'Nous avons communiqué cette rectification aux destinataires auxquels les données avaient été transmises, sauf si cela s’est révélé impossible ou aurait exigé des efforts disproportionnés. Sur demande, nous vous indiquerons ces destinataires.',
        'Merci de vérifier les données rectifiées et de nous signaler à {{org.dpoEmail}} toute erreur restante.',
      ],
    },
  },
};
