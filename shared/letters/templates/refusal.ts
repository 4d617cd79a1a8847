import type { LetterTemplate } from '../template-spec';

// Art. 12(4) GDPR: the reasons, the right to complain to a supervisory authority and to a judicial remedy.
export const refusal: LetterTemplate = {
  id: 'refusal',
  purpose: 'Refuse a manifestly unfounded or excessive request, with reasons, the right to complain and to a judicial remedy.',
  requestTypes: [],
  requires: ['case.receivedAt', 'letter.reasons', 'org.supervisoryAuthority'],
  texts: {
    en: {
      title: 'Your request: refused',
      subject: 'Your request {{case.ref}}: we cannot act on it',
      body: [
        'We have considered your request of {{case.receivedAt}}. We will not act on it, because we consider it manifestly unfounded or excessive (Article 12(5) GDPR). Our reasons are as follows: {{letter.reasons}}',
        'You have the right to lodge a complaint with a supervisory authority, such as {{org.supervisoryAuthority}}, in particular in the country where you live or work or where the alleged infringement took place. You also have the right to seek a judicial remedy before the courts.',
        'If you think we have misunderstood your request, please write to us at {{org.dpoEmail}}.',
      ],
    },
    de: {
      title: 'Ihr Antrag: abgelehnt',
      subject: 'Ihr Antrag {{case.ref}}: Ablehnung',
      body: [
        'Wir haben Ihren Antrag vom {{case.receivedAt}} geprüft. Wir werden ihm nicht nachkommen, weil wir ihn für offenkundig unbegründet oder exzessiv halten (Art. 12 Abs. 5 DSGVO). Die Gründe dafür sind: {{letter.reasons}}',
        'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren, zum Beispiel bei {{org.supervisoryAuthority}}, insbesondere in dem Staat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattfand. Außerdem können Sie einen gerichtlichen Rechtsbehelf einlegen.',
        'Sollten wir Ihren Antrag missverstanden haben, schreiben Sie uns bitte an {{org.dpoEmail}}.',
      ],
    },
    fr: {
      title: 'Votre demande : refus',
      subject: 'Votre demande {{case.ref}} : refus',
      body: [
        'Nous avons examiné votre demande du {{case.receivedAt}}. Nous n’y donnerons pas suite, car nous la considérons comme manifestement infondée ou excessive (article 12, paragraphe 5, du RGPD). Les motifs en sont les suivants : {{letter.reasons}}',
        'Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, par exemple {{org.supervisoryAuthority}}, notamment dans le pays où vous résidez ou travaillez ou dans lequel la violation alléguée a eu lieu. Vous avez également le droit de former un recours juridictionnel.',
        'Si vous pensez que nous avons mal compris votre demande, écrivez-nous à {{org.dpoEmail}}.',
      ],
    },
  },
};
