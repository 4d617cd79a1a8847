import type { LetterTemplate } from '../template-spec';

// COPPA 16 CFR §312.6: a parent may direct the operator to delete a child's data at any time.
export const childDataDeleted: LetterTemplate = {
  id: 'child-data-deleted',
  purpose: 'Confirm to a parent or guardian that a child’s personal information has been deleted.',
  requestTypes: ['child-data-deletion'],
  requires: ['case.receivedAt'],
  texts: {
    en: {
      title: 'Your child’s personal information has been deleted',
      subject: 'Your request {{case.ref}}: your child’s information deleted',
      body: [
        'Thank you for telling us on {{case.receivedAt}} that we may hold personal information about your child. Our services are not directed to children under 13, and we do not knowingly collect their information.',
        'We have deleted the personal information about your child that we found, and we will not collect or use it further.',
        { p: 'What we deleted: {{letter.erasedItems}}', when: 'letter.erasedItems' },
        'We used the details you gave us to confirm that you are the parent or guardian only as far as needed, and will use them for no other purpose.',
      ],
    },
    de: {
      title: 'Die Daten Ihres Kindes wurden gelöscht',
      subject: 'Ihr Antrag {{case.ref}}: Daten Ihres Kindes gelöscht',
      body: [
        'Vielen Dank für Ihren Hinweis vom {{case.receivedAt}}, dass wir personenbezogene Daten Ihres Kindes haben könnten. Unsere Dienste richten sich nicht an Kinder unter 13 Jahren, und wir erheben deren Daten nicht wissentlich.',
        'Wir haben die personenbezogenen Daten Ihres Kindes, die wir gefunden haben, gelöscht und werden sie weder weiter erheben noch verwenden.',
        { p: 'Gelöscht wurden: {{letter.erasedItems}}', when: 'letter.erasedItems' },
        'Ihre Angaben haben wir nur so weit wie nötig verwendet, um zu bestätigen, dass Sie Elternteil oder Erziehungsberechtigte/r sind, und wir verwenden sie zu keinem anderen Zweck.',
      ],
    },
    fr: {
      title: 'Les informations personnelles de votre enfant ont été supprimées',
      subject: 'Votre demande {{case.ref}} : informations de votre enfant supprimées',
      body: [
        'Nous vous remercions de nous avoir signalé le {{case.receivedAt}} que nous pourrions détenir des informations personnelles concernant votre enfant. Nos services ne s’adressent pas aux enfants de moins de 13 ans et nous ne collectons pas sciemment leurs informations.',
        'Nous avons supprimé les informations personnelles de votre enfant que nous avons trouvées, et nous ne les collecterons ni ne les utiliserons plus.',
        { p: 'Informations supprimées : {{letter.erasedItems}}', when: 'letter.erasedItems' },
        'Nous n’avons utilisé les éléments fournis pour confirmer votre qualité de parent ou de tuteur que dans la mesure nécessaire, et ne les utiliserons à aucune autre fin.',
      ],
    },
  },
};
