import type { LetterTemplate } from '../template-spec';

export const feeNotice: LetterTemplate = {
  id: 'fee-notice',
  purpose: 'Tell the requester, before any work is done, that a fee would be charged, so they can withdraw.',
  requestTypes: ['access'],
  requires: ['case.receivedAt', 'letter.fee', 'letter.feeReason'],
  texts: {
    en: {
      title: 'Notice of a fee',
      subject: 'Your request {{case.ref}}: fee before we proceed',
      body: [
        'Thank you for your request of {{case.receivedAt}}. Exercising your rights is normally free of charge. In this case we intend to charge a fee of {{letter.fee}}, for the following reason: {{letter.feeReason}}',
        'The fee covers only our administrative costs. We are telling you before we do any work so that you can decide whether to go ahead. If you do not wish to pay, you may withdraw or narrow your request at no cost.',
        { p: 'Please let us know by {{due.requesterReply}} whether you wish to proceed.', when: 'due.requesterReply' },
        'We will continue with your request once you have confirmed.',
      ],
    },
    de: {
      title: 'Hinweis auf ein Entgelt',
      subject: 'Ihr Antrag {{case.ref}}: Entgelt vor der Bearbeitung',
      body: [
        'Vielen Dank für Ihren Antrag vom {{case.receivedAt}}. Die Ausübung Ihrer Rechte ist grundsätzlich unentgeltlich. In diesem Fall beabsichtigen wir, ein Entgelt von {{letter.fee}} zu verlangen, aus folgendem Grund: {{letter.feeReason}}',
        'Das Entgelt deckt nur unseren Verwaltungsaufwand. Wir informieren Sie, bevor wir tätig werden, damit Sie entscheiden können, ob Sie den Antrag aufrechterhalten. Möchten Sie nicht zahlen, können Sie Ihren Antrag kostenlos zurücknehmen oder einschränken.',
        { p: 'Bitte teilen Sie uns bis zum {{due.requesterReply}} mit, ob wir fortfahren sollen.', when: 'due.requesterReply' },
        'Nach Ihrer Bestätigung bearbeiten wir Ihren Antrag weiter.',
      ],
    },
    fr: {
      title: 'Information sur des frais',
      subject: 'Votre demande {{case.ref}} : frais avant traitement',
      body: [
        'Nous vous remercions de votre demande du {{case.receivedAt}}. L’exercice de vos droits est en principe gratuit. Dans ce cas, nous envisageons de demander des frais de {{letter.fee}}, pour le motif suivant : {{letter.feeReason}}',
        'Ces frais couvrent uniquement nos coûts administratifs. Nous vous en informons avant tout traitement afin que vous puissiez décider de maintenir ou non votre demande. Si vous ne souhaitez pas payer, vous pouvez retirer ou restreindre votre demande sans frais.',
        { p: 'Merci de nous indiquer au plus tard le {{due.requesterReply}} si vous souhaitez poursuivre.', when: 'due.requesterReply' },
        'Nous poursuivrons le traitement de votre demande dès votre confirmation.',
      ],
    },
  },
};
