import type { LetterTemplate } from '../template-spec';

export const clarificationRequest: LetterTemplate = {
  id: 'clarification-request',
  purpose: 'Ask the requester to clarify what they want, with the questions listed.',
  requestTypes: [],
  requires: ['case.receivedAt', 'letter.clarificationQuestions'],
  texts: {
    en: {
      title: 'Request for clarification',
      subject: 'Your request {{case.ref}}: a few questions',
      body: [
        { list: 'letter.clarificationQuestions', intro: 'Thank you for your request of {{case.receivedAt}}. To handle it properly, we need you to tell us a little more:' },
        { p: 'Please reply by {{due.requesterReply}}.', when: 'due.requesterReply' },
        'Your answers help us find exactly the data you are asking about. We will continue as soon as we hear from you.',
      ],
    },
    de: {
      title: 'Bitte um Präzisierung',
      subject: 'Ihr Antrag {{case.ref}}: Rückfragen',
      body: [
        { list: 'letter.clarificationQuestions', intro: 'Vielen Dank für Ihren Antrag vom {{case.receivedAt}}. Damit wir ihn vollständig bearbeiten können, benötigen wir noch folgende Angaben:' },
        { p: 'Bitte antworten Sie bis zum {{due.requesterReply}}.', when: 'due.requesterReply' },
        'Ihre Antworten helfen uns, genau die Daten zu finden, nach denen Sie fragen. Wir setzen die Bearbeitung fort, sobald wir von Ihnen hören.',
      ],
    },
    fr: {
      title: 'Demande de précisions',
      subject: 'Votre demande {{case.ref}} : quelques précisions',
      body: [
        { list: 'letter.clarificationQuestions', intro: 'Nous vous remercions de votre demande du {{case.receivedAt}}. Afin de la traiter correctement, nous avons besoin des précisions suivantes :' },
        { p: 'Merci de nous répondre au plus tard le {{due.requesterReply}}.', when: 'due.requesterReply' },
        'Vos réponses nous aideront à retrouver précisément les données concernées. Nous reprendrons le traitement dès réception de votre réponse.',
      ],
    },
  },
};
