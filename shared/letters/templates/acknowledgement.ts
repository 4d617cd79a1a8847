import type { LetterTemplate } from '../template-spec';

export const acknowledgement: LetterTemplate = {
  id: 'acknowledgement',
  purpose: 'Confirm receipt of a request and tell the requester the date by which we will answer.',
  requestTypes: [],
  requires: ['case.ref', 'case.receivedAt', 'case.requestTypes', 'due.response', 'org.dpoEmail'],
  texts: {
    en: {
      title: 'Acknowledgement of your request',
      subject: 'Your request {{case.ref}}: acknowledgement of receipt',
      body: [
        'We received your request ({{case.requestTypes}}) on {{case.receivedAt}} and have registered it under the reference {{case.ref}}. Please quote this reference in any reply.',
        'We will answer without undue delay and at the latest by {{due.response}}. If we need to confirm your identity or ask you to clarify your request, we will write to you.',
        'If your request is complex or you have made several requests, the law allows us to extend this period. In that case we will tell you before {{due.response}}, with our reasons.',
        'If you have any questions, please write to {{org.dpoEmail}}.',
      ],
    },
    de: {
      title: 'Eingangsbestätigung',
      subject: 'Ihr Antrag {{case.ref}}: Eingangsbestätigung',
      body: [
        'Wir haben Ihr Anliegen ({{case.requestTypes}}) am {{case.receivedAt}} erhalten und unter dem Zeichen {{case.ref}} erfasst. Bitte geben Sie dieses Zeichen bei jeder Antwort an.',
        'Wir antworten Ihnen unverzüglich, spätestens bis zum {{due.response}}. Sollten wir Ihre Identität bestätigen oder Ihr Anliegen klären müssen, melden wir uns bei Ihnen.',
        'Ist Ihr Antrag besonders komplex oder haben Sie mehrere Anträge gestellt, erlaubt uns das Gesetz, diese Frist zu verlängern. Das teilen wir Ihnen dann vor dem {{due.response}} mit Begründung mit.',
        'Bei Fragen erreichen Sie uns unter {{org.dpoEmail}}.',
      ],
    },
    fr: {
      title: 'Accusé de réception',
      subject: 'Votre demande {{case.ref}} : accusé de réception',
      body: [
        'Nous avons bien reçu votre demande ({{case.requestTypes}}) le {{case.receivedAt}} et l’avons enregistrée sous la référence {{case.ref}}. Merci de rappeler cette référence dans toute réponse.',
        'Nous vous répondrons dans les meilleurs délais et au plus tard le {{due.response}}. Si nous devons vérifier votre identité ou vous demander des précisions, nous reviendrons vers vous.',
        'Si votre demande est complexe ou si vous avez présenté plusieurs demandes, la loi nous permet de prolonger ce délai. Dans ce cas, nous vous en informerons avant le {{due.response}}, en indiquant les motifs.',
        'Pour toute question, vous pouvez nous écrire à {{org.dpoEmail}}.',
      ],
    },
  },
};
