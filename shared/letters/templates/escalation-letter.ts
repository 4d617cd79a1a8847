import type { LetterTemplate } from '../template-spec';

// Written to a recourse body (e.g. BBB National Programs) or a regulator, not to the requester.
export const escalationLetter: LetterTemplate = {
  id: 'escalation-letter',
  purpose: 'Write to a recourse body or regulator about a complaint: what it concerns and what we have done.',
  requestTypes: ['complaint', 'regulator'],
  to: 'addressee',
  requires: ['letter.addressee.name', 'requester.name', 'case.receivedAt', 'letter.complaintSummary', 'letter.actionsTaken'],
  texts: {
    en: {
      title: 'Letter to a recourse body or regulator',
      subject: 'Complaint of {{requester.name}}: our reference {{case.ref}}',
      body: [
        'We write about the complaint of {{requester.name}}, which we received on {{case.receivedAt}} and handle under our reference {{case.ref}}.',
        'The complaint concerns the following: {{letter.complaintSummary}}',
        'What we have done: {{letter.actionsTaken}}',
        { p: 'Our answer to the complainant: {{letter.complaintOutcome}}', when: 'letter.complaintOutcome' },
        { list: 'letter.attachments', intro: 'The following documents are enclosed:', when: 'letter.attachments' },
        'We will cooperate fully and answer any question you may have. Please write to {{org.dpoEmail}}, quoting {{case.ref}}.',
      ],
    },
    de: {
      title: 'Schreiben an eine Beschwerdestelle oder Aufsichtsbehörde',
      subject: 'Beschwerde von {{requester.name}}: unser Zeichen {{case.ref}}',
      body: [
        'Wir schreiben Ihnen zur Beschwerde von {{requester.name}}, die bei uns am {{case.receivedAt}} einging und die wir unter unserem Zeichen {{case.ref}} bearbeiten.',
        'Die Beschwerde betrifft Folgendes: {{letter.complaintSummary}}',
        'Was wir unternommen haben: {{letter.actionsTaken}}',
        { p: 'Unsere Antwort an die beschwerdeführende Person: {{letter.complaintOutcome}}', when: 'letter.complaintOutcome' },
        { list: 'letter.attachments', intro: 'Beigefügt sind folgende Unterlagen:', when: 'letter.attachments' },
        'Wir arbeiten uneingeschränkt mit Ihnen zusammen und beantworten gern Ihre Fragen. Bitte schreiben Sie an {{org.dpoEmail}} unter Angabe von {{case.ref}}.',
      ],
    },
    fr: {
      title: 'Courrier à un organisme de recours ou à une autorité',
      subject: 'Réclamation de {{requester.name}} : notre référence {{case.ref}}',
      body: [
        'Nous vous écrivons au sujet de la réclamation de {{requester.name}}, reçue le {{case.receivedAt}} et traitée sous notre référence {{case.ref}}.',
        'La réclamation porte sur ce qui suit : {{letter.complaintSummary}}',
        'Mesures que nous avons prises : {{letter.actionsTaken}}',
        { p: 'Notre réponse à l’auteur de la réclamation : {{letter.complaintOutcome}}', when: 'letter.complaintOutcome' },
        { list: 'letter.attachments', intro: 'Les documents suivants sont joints :', when: 'letter.attachments' },
        'Nous coopérerons pleinement et répondrons à toutes vos questions. Merci d’écrire à {{org.dpoEmail}} en rappelant la référence {{case.ref}}.',
      ],
    },
  },
};
