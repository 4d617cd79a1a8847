import type { LetterTemplate } from '../template-spec';

export const erasureDone: LetterTemplate = {
  id: 'erasure-done',
  purpose: 'Confirm that the personal data has been erased.',
  requestTypes: ['erasure'],
  requires: ['case.receivedAt', 'letter.erasedItems'],
  texts: {
    en: {
      title: 'Your personal data has been erased',
      subject: 'Your request {{case.ref}}: erasure completed',
      body: [
        'In answer to your request of {{case.receivedAt}}, we have erased your personal data. What we erased: {{letter.erasedItems}}',
        'We have also told the recipients to whom the data had been disclosed, unless this proved impossible or would have involved disproportionate effort.',
        'We keep a record of your request and of our answer only to show that we handled it, and use it for no other purpose.',
        'If you hear from us again in a way that suggests we still hold your data, please tell us at {{org.dpoEmail}}.',
      ],
    },
    de: {
      title: 'Ihre personenbezogenen Daten wurden gelöscht',
      subject: 'Ihr Antrag {{case.ref}}: Löschung erfolgt',
      body: [
        'Auf Ihren Antrag vom {{case.receivedAt}} haben wir Ihre personenbezogenen Daten gelöscht. Gelöscht wurden: {{letter.erasedItems}}',
        'Wir haben außerdem die Empfänger informiert, denen die Daten offengelegt worden waren, soweit dies nicht unmöglich war oder einen unverhältnismäßigen Aufwand erfordert hätte.',
        'Einen Nachweis über Ihren Antrag und unsere Antwort bewahren wir nur auf, um die Bearbeitung belegen zu können, und nutzen ihn zu keinem anderen Zweck.',
        'Sollten Sie von uns dennoch Post erhalten, die darauf hindeutet, dass wir Ihre Daten noch haben, melden Sie sich bitte unter {{org.dpoEmail}}.',
      ],
    },
    fr: {
      title: 'Vos données personnelles ont été effacées',
      subject: 'Votre demande {{case.ref}} : effacement effectué',
      body: [
        'En réponse à votre demande du {{case.receivedAt}}, nous avons effacé vos données personnelles. Données effacées : {{letter.erasedItems}}',
        'Nous en avons également informé les destinataires auxquels ces données avaient été communiquées, sauf si cela s’est révélé impossible ou aurait exigé des efforts disproportionnés.',
        'Nous conservons une trace de votre demande et de notre réponse uniquement pour pouvoir démontrer son traitement, et ne l’utilisons à aucune autre fin.',
        'Si vous recevez de notre part un message laissant penser que nous détenons encore vos données, merci de nous le signaler à {{org.dpoEmail}}.',
      ],
    },
  },
};
