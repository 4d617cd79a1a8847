import type { LetterTemplate } from '../template-spec';

// Names the next steps of the organisation's own ladder (recourse body, DPA, Commerce/FTC, arbitration).
export const complaintResponse: LetterTemplate = {
  id: 'complaint-response',
  purpose: 'Answer a complaint and name the next steps of the organisation’s escalation route.',
  requestTypes: ['complaint'],
  requires: ['case.receivedAt', 'letter.complaintOutcome', 'org.ladder.next'],
  texts: {
    en: {
      title: 'Response to your complaint',
      subject: 'Your complaint {{case.ref}}: our response',
      body: [
        'Thank you for your complaint of {{case.receivedAt}}, which we have registered under the reference {{case.ref}}.',
        { p: 'You told us the following: {{letter.complaintSummary}}', when: 'letter.complaintSummary' },
        'We have looked into it. Our answer: {{letter.complaintOutcome}}',
        { list: 'org.ladder.next', intro: 'If you are not satisfied with our answer, these are the next steps open to you, in this order:' },
        'We will cooperate with any of these bodies. You may also write to us again at {{org.dpoEmail}}.',
      ],
    },
    de: {
      title: 'Antwort auf Ihre Beschwerde',
      subject: 'Ihre Beschwerde {{case.ref}}: unsere Antwort',
      body: [
        'Vielen Dank für Ihre Beschwerde vom {{case.receivedAt}}, die wir unter dem Zeichen {{case.ref}} erfasst haben.',
        { p: 'Sie haben uns Folgendes mitgeteilt: {{letter.complaintSummary}}', when: 'letter.complaintSummary' },
        'Wir haben die Angelegenheit geprüft. Unsere Antwort: {{letter.complaintOutcome}}',
        { list: 'org.ladder.next', intro: 'Sind Sie mit unserer Antwort nicht zufrieden, stehen Ihnen in dieser Reihenfolge folgende Schritte offen:' },
        'Wir arbeiten mit jeder dieser Stellen zusammen. Sie können uns auch jederzeit erneut unter {{org.dpoEmail}} schreiben.',
      ],
    },
    fr: {
      title: 'Réponse à votre réclamation',
      subject: 'Votre réclamation {{case.ref}} : notre réponse',
      body: [
        'Nous vous remercions de votre réclamation du {{case.receivedAt}}, enregistrée sous la référence {{case.ref}}.',
        { p: 'Vous nous avez indiqué ce qui suit : {{letter.complaintSummary}}', when: 'letter.complaintSummary' },
        'Nous avons examiné la question. Notre réponse : {{letter.complaintOutcome}}',
        { list: 'org.ladder.next', intro: 'Si notre réponse ne vous satisfait pas, voici les étapes qui vous sont ouvertes, dans cet ordre :' },
        'Nous coopérerons avec chacun de ces organismes. Vous pouvez aussi nous écrire à nouveau à {{org.dpoEmail}}.',
      ],
    },
  },
};
