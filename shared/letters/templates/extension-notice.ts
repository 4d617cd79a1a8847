import type { LetterTemplate } from '../template-spec';

export const extensionNotice: LetterTemplate = {
  id: 'extension-notice',
  purpose: 'Tell the requester, within the first period, that the answer date is extended, and why.',
  requestTypes: [],
  requires: ['case.receivedAt', 'letter.extensionReasons', 'due.response', 'due.extended'],
  texts: {
    en: {
      title: 'Extension of the response period',
      subject: 'Your request {{case.ref}}: extension of the response period',
      body: [
        'We received your request on {{case.receivedAt}}. We are working on it, but we need more time to answer it fully.',
        'Our reasons are as follows: {{letter.extensionReasons}}',
        'The period for our answer, which would have ended on {{due.response}}, is therefore extended, as the law allows where a request is complex or there are several requests. We will answer at the latest by {{due.extended}}, and sooner if we can.',
        'If you have any questions in the meantime, please write to {{org.dpoEmail}}.',
      ],
    },
    de: {
      title: 'Verlängerung der Antwortfrist',
      subject: 'Ihr Antrag {{case.ref}}: Verlängerung der Antwortfrist',
      body: [
        'Wir haben Ihren Antrag am {{case.receivedAt}} erhalten. Wir arbeiten daran, benötigen aber mehr Zeit, um ihn vollständig zu beantworten.',
        'Die Gründe dafür sind: {{letter.extensionReasons}}',
        'Die Frist für unsere Antwort, die am {{due.response}} geendet hätte, wird daher verlängert, wie es das Gesetz bei komplexen oder mehreren Anträgen erlaubt. Wir antworten spätestens bis zum {{due.extended}}, nach Möglichkeit früher.',
        'Bei Fragen erreichen Sie uns in der Zwischenzeit unter {{org.dpoEmail}}.',
      ],
    },
    fr: {
      title: 'Prolongation du délai de réponse',
      subject: 'Votre demande {{case.ref}} : prolongation du délai de réponse',
      body: [
        'Nous avons reçu votre demande le {{case.receivedAt}}. Nous la traitons, mais il nous faut davantage de temps pour y répondre de manière complète.',
        'Les motifs en sont les suivants : {{letter.extensionReasons}}',
        'Le délai de réponse, qui devait expirer le {{due.response}}, est donc prolongé, comme la loi le permet lorsqu’une demande est complexe ou que les demandes sont nombreuses. Nous vous répondrons au plus tard le {{due.extended}}, et plus tôt si possible.',
        'Pour toute question d’ici là, vous pouvez nous écrire à {{org.dpoEmail}}.',
      ],
    },
  },
};
