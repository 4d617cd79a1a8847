import type { LetterTemplate } from '../template-spec';

export const identityVerification: LetterTemplate = {
  id: 'identity-verification',
  purpose: 'Ask, proportionately, for what is needed to confirm the requester is who they say they are.',
  requestTypes: [],
  requires: ['case.receivedAt', 'letter.identityDocuments'],
  texts: {
    en: {
      title: 'Request to confirm your identity',
      subject: 'Your request {{case.ref}}: please confirm your identity',
      body: [
        'Thank you for your request of {{case.receivedAt}}. Before we can act on it, we need to be sure that it comes from you, so that your personal data is neither disclosed to nor changed by anyone else.',
        'Please send us the following: {{letter.identityDocuments}}',
        'We ask only for what we need to confirm your identity, and we will use it for no other purpose.',
        { p: 'Please reply by {{due.requesterReply}}.', when: 'due.requesterReply' },
        'We will continue with your request as soon as we have received this information.',
      ],
    },
    de: {
      title: 'Bitte um Bestätigung Ihrer Identität',
      subject: 'Ihr Antrag {{case.ref}}: Bitte bestätigen Sie Ihre Identität',
      body: [
        'Vielen Dank für Ihren Antrag vom {{case.receivedAt}}. Bevor wir ihn bearbeiten, müssen wir sicher sein, dass er von Ihnen stammt, damit Ihre personenbezogenen Daten weder an Unbefugte gelangen noch von ihnen geändert werden.',
        'Bitte senden Sie uns Folgendes: {{letter.identityDocuments}}',
        'Wir fragen nur nach dem, was zur Bestätigung Ihrer Identität nötig ist, und verwenden es für keinen anderen Zweck.',
        { p: 'Bitte antworten Sie bis zum {{due.requesterReply}}.', when: 'due.requesterReply' },
        'Sobald uns diese Angaben vorliegen, bearbeiten wir Ihren Antrag weiter.',
      ],
    },
    fr: {
      title: 'Demande de vérification de votre identité',
      subject: 'Votre demande {{case.ref}} : vérification de votre identité',
      body: [
        'Nous vous remercions de votre demande du {{case.receivedAt}}. Avant d’y donner suite, nous devons nous assurer qu’elle émane bien de vous, afin que vos données personnelles ne soient ni communiquées à un tiers ni modifiées par lui.',
        'Merci de nous transmettre les éléments suivants : {{letter.identityDocuments}}',
        'Nous ne demandons que ce qui est nécessaire pour confirmer votre identité et ne l’utiliserons à aucune autre fin.',
        { p: 'Merci de nous répondre au plus tard le {{due.requesterReply}}.', when: 'due.requesterReply' },
        'Nous poursuivrons le traitement de votre demande dès réception de ces éléments.',
      ],
    },
  },
};
