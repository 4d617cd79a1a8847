import type { LetterTemplate } from '../template-spec';

// Art. 17(3) GDPR grounds per item, plus the organisation's own published exceptions, and Art. 12(4) remedies.
export const erasurePartlyRefused: LetterTemplate = {
  id: 'erasure-partly-refused',
  purpose: 'Erase what can be erased and explain, item by item, what is kept under Art. 17(3) and the organisation’s own exceptions.',
  requestTypes: ['erasure'],
  requires: ['case.receivedAt', 'letter.refusedItems', 'org.supervisoryAuthority'],
  texts: {
    en: {
      title: 'Erasure of your personal data: partly refused',
      subject: 'Your request {{case.ref}}: erasure, with some data kept',
      body: [
        { p: 'In answer to your request of {{case.receivedAt}}, we have erased the following: {{letter.erasedItems}}', when: 'letter.erasedItems' },
        { list: 'letter.refusedItems', intro: 'We cannot yet erase some of your data, because the law allows or requires us to keep it. Article 17(3) GDPR sets out when the right to erasure does not apply. The data we keep, and the ground for each, are:' },
        { list: 'org.erasureExceptions', intro: 'Our privacy notice describes these exceptions to erasure:', when: 'org.erasureExceptions' },
        'We keep this data only for as long as the ground applies, use it for no other purpose, and will erase it when the ground ends.',
        'If you disagree, you have the right to lodge a complaint with a supervisory authority, such as {{org.supervisoryAuthority}}, and the right to seek a judicial remedy.',
      ],
    },
    de: {
      title: 'Löschung Ihrer personenbezogenen Daten: teilweise abgelehnt',
      subject: 'Ihr Antrag {{case.ref}}: Löschung, teilweise Aufbewahrung',
      body: [
        { p: 'Auf Ihren Antrag vom {{case.receivedAt}} haben wir Folgendes gelöscht: {{letter.erasedItems}}', when: 'letter.erasedItems' },
        { list: 'letter.refusedItems', intro: 'Einen Teil Ihrer Daten können wir noch nicht löschen, weil das Gesetz uns die Aufbewahrung erlaubt oder vorschreibt. Art. 17 Abs. 3 DSGVO regelt, wann das Recht auf Löschung nicht gilt. Wir bewahren folgende Daten aus folgenden Gründen auf:' },
        { list: 'org.erasureExceptions', intro: 'Unsere Datenschutzerklärung nennt diese Ausnahmen von der Löschung:', when: 'org.erasureExceptions' },
        'Wir bewahren diese Daten nur so lange auf, wie der Grund besteht, nutzen sie zu keinem anderen Zweck und löschen sie, sobald der Grund entfällt.',
        'Sind Sie damit nicht einverstanden, haben Sie das Recht, sich bei einer Aufsichtsbehörde zu beschweren, zum Beispiel bei {{org.supervisoryAuthority}}, und einen gerichtlichen Rechtsbehelf einzulegen.',
      ],
    },
    fr: {
      title: 'Effacement de vos données personnelles : refus partiel',
      subject: 'Votre demande {{case.ref}} : effacement, certaines données conservées',
      body: [
        { p: 'En réponse à votre demande du {{case.receivedAt}}, nous avons effacé les données suivantes : {{letter.erasedItems}}', when: 'letter.erasedItems' },
        { list: 'letter.refusedItems', intro: 'Nous ne pouvons pas encore effacer certaines de vos données, car la loi nous autorise ou nous oblige à les conserver. L’article 17, paragraphe 3, du RGPD prévoit les cas où le droit à l’effacement ne s’applique pas. Les données conservées et le motif de chacune sont :' },
        { list: 'org.erasureExceptions', intro: 'Notre politique de confidentialité prévoit les exceptions suivantes à l’effacement :', when: 'org.erasureExceptions' },
        'Nous ne conservons ces données que tant que le motif s’applique, ne les utilisons à aucune autre fin et les effacerons dès qu’il prendra fin.',
        'Si vous n’êtes pas d’accord, vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, par exemple {{org.supervisoryAuthority}}, et de former un recours juridictionnel.',
      ],
    },
  },
};
