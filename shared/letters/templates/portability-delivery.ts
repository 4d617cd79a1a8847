import type { LetterTemplate } from '../template-spec';

export const portabilityDelivery: LetterTemplate = {
  id: 'portability-delivery',
  purpose: 'Deliver the data the requester provided, in a structured, machine-readable format.',
  requestTypes: ['portability'],
  requires: ['case.receivedAt', 'letter.portabilityFormat'],
  texts: {
    en: {
      title: 'Your data in a portable format',
      subject: 'Your request {{case.ref}}: your data for transfer',
      body: [
        'In answer to your request of {{case.receivedAt}}, we provide the personal data you gave us in a structured, commonly used and machine-readable format. Format: {{letter.portabilityFormat}}',
        { list: 'letter.attachments', intro: 'The following files are enclosed:', when: 'letter.attachments' },
        'You may pass this data on to another organisation. If you would like us to send it directly to another organisation, where this is technically feasible, please tell us which one.',
      ],
    },
    de: {
      title: 'Ihre Daten in einem übertragbaren Format',
      subject: 'Ihr Antrag {{case.ref}}: Ihre Daten zur Übertragung',
      body: [
        'Auf Ihren Antrag vom {{case.receivedAt}} stellen wir Ihnen die personenbezogenen Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung. Format: {{letter.portabilityFormat}}',
        { list: 'letter.attachments', intro: 'Beigefügt sind folgende Dateien:', when: 'letter.attachments' },
        'Sie können diese Daten an eine andere Stelle weitergeben. Sollen wir sie direkt an eine andere Stelle übermitteln, soweit dies technisch machbar ist, nennen Sie uns bitte diese Stelle.',
      ],
    },
    fr: {
      title: 'Vos données dans un format portable',
      subject: 'Votre demande {{case.ref}} : vos données à transférer',
      body: [
        'En réponse à votre demande du {{case.receivedAt}}, nous vous fournissons les données personnelles que vous nous avez communiquées, dans un format structuré, couramment utilisé et lisible par machine. Format : {{letter.portabilityFormat}}',
        { list: 'letter.attachments', intro: 'Les fichiers suivants sont joints :', when: 'letter.attachments' },
        'Vous pouvez transmettre ces données à un autre organisme. Si vous souhaitez que nous les transmettions directement à un autre organisme, lorsque c’est techniquement possible, merci de nous indiquer lequel.',
      ],
    },
  },
};
