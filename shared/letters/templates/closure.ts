import type { LetterTemplate } from '../template-spec';

export const closure: LetterTemplate = {
  id: 'closure',
  purpose: 'Close the case: how it ended, what record is kept, and where to complain.',
  requestTypes: [],
  requires: ['case.receivedAt', 'letter.outcome'],
  texts: {
    en: {
      title: 'Closure of your case',
      subject: 'Your case {{case.ref}}: closed',
      body: [
        'We are closing your case {{case.ref}}, which began with your message of {{case.receivedAt}}.',
        'Outcome: {{letter.outcome}}',
        'We keep a record of your request and our answers only for as long as we need it to show how we handled them, and then delete it.',
        { p: 'If you are not satisfied, you have the right to lodge a complaint with a supervisory authority, such as {{org.supervisoryAuthority}}.', when: 'org.supervisoryAuthority' },
        'If you write to us again about this matter, please quote {{case.ref}}.',
      ],
    },
    de: {
      title: 'Abschluss Ihres Vorgangs',
      subject: 'Ihr Vorgang {{case.ref}}: abgeschlossen',
      body: [
        'Wir schließen Ihren Vorgang {{case.ref}} ab, der mit Ihrer Nachricht vom {{case.receivedAt}} begann.',
        'Ergebnis: {{letter.outcome}}',
        'Einen Nachweis über Ihren Antrag und unsere Antworten bewahren wir nur so lange auf, wie wir ihn benötigen, um die Bearbeitung zu belegen, und löschen ihn dann.',
        { p: 'Sind Sie nicht zufrieden, haben Sie das Recht, sich bei einer Aufsichtsbehörde zu beschweren, zum Beispiel bei {{org.supervisoryAuthority}}.', when: 'org.supervisoryAuthority' },
        'Wenn Sie uns zu dieser Angelegenheit erneut schreiben, geben Sie bitte {{case.ref}} an.',
      ],
    },
    fr: {
      title: 'Clôture de votre dossier',
      subject: 'Votre dossier {{case.ref}} : clôturé',
      body: [
        'Nous clôturons votre dossier {{case.ref}}, ouvert à la suite de votre message du {{case.receivedAt}}.',
        'Résultat : {{letter.outcome}}',
        'Nous conservons une trace de votre demande et de nos réponses uniquement le temps nécessaire pour démontrer leur traitement, puis nous la supprimons.',
        { p: 'Si vous n’êtes pas satisfait(e), vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle, par exemple {{org.supervisoryAuthority}}.', when: 'org.supervisoryAuthority' },
        'Si vous nous écrivez à nouveau à ce sujet, merci de rappeler la référence {{case.ref}}.',
      ],
    },
  },
};
