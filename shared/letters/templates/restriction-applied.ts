import type { LetterTemplate } from '../template-spec';

export const restrictionApplied: LetterTemplate = {
  id: 'restriction-applied',
  purpose: 'Confirm that processing has been restricted, what that means, and that lifting it will be announced.',
  requestTypes: ['restriction'],
  requires: ['case.receivedAt', 'letter.restrictionScope'],
  texts: {
    en: {
      title: 'Processing of your personal data restricted',
      subject: 'Your request {{case.ref}}: processing restricted',
      body: [
        'In answer to your request of {{case.receivedAt}}, we have restricted the processing of your personal data: {{letter.restrictionScope}}',
        'While the restriction applies we only store this data. We use it otherwise only with your consent, for legal claims, to protect the rights of another person, or for important reasons of public interest.',
        'We will tell you before the restriction is lifted.',
      ],
    },
    de: {
      title: 'Verarbeitung Ihrer personenbezogenen Daten eingeschränkt',
      subject: 'Ihr Antrag {{case.ref}}: Verarbeitung eingeschränkt',
      body: [
        'Auf Ihren Antrag vom {{case.receivedAt}} haben wir die Verarbeitung Ihrer personenbezogenen Daten eingeschränkt: {{letter.restrictionScope}}',
        'Solange die Einschränkung gilt, speichern wir diese Daten nur. Anderweitig verwenden wir sie nur mit Ihrer Einwilligung, für Rechtsansprüche, zum Schutz der Rechte einer anderen Person oder aus Gründen eines wichtigen öffentlichen Interesses.',
        'Bevor die Einschränkung aufgehoben wird, unterrichten wir Sie.',
      ],
    },
    fr: {
      title: 'Limitation du traitement de vos données personnelles',
      subject: 'Votre demande {{case.ref}} : traitement limité',
      body: [
        'En réponse à votre demande du {{case.receivedAt}}, nous avons limité le traitement de vos données personnelles : {{letter.restrictionScope}}',
        'Pendant la durée de la limitation, nous ne faisons que conserver ces données. Nous ne les utilisons autrement qu’avec votre consentement, pour des droits en justice, pour protéger les droits d’une autre personne ou pour des motifs importants d’intérêt public.',
        'Nous vous informerons avant que la limitation ne soit levée.',
      ],
    },
  },
};
