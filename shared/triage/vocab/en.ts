// English: GDPR/UK GDPR article names (Arts. 15-21, 7(3)), CCPA/CPRA rights wording
// ("right to know", "Do Not Sell or Share"), Cal. Civ. Code §1798.83, COPPA and CAN-SPAM terms.
import type { LanguageVocab } from './types';

export const en: LanguageVocab = {
  lang: 'en',
  rights: {
    access: [
      ['subject access request', 5], ['data subject access', 4], ['right of access', 4], ['right to access', 4],
      ['access request', 3], ['request access', 3], ['requesting access', 3], ['request for access', 3],
      ['access to my personal', 3], ['access to the personal data', 3], ['access to my data', 3],
      ['copy of my personal', 3], ['copy of all personal', 3], ['copy of the personal data', 3], ['copy of my data', 3],
      ['what personal data', 2], ['what data you hold', 3], ['what information you hold', 3], ['data you hold about me', 3],
      ['information you hold about me', 3], ['hold about me', 2], ['right to know', 4], ['request to know', 4],
      ['categories and specific pieces', 4], ['specific pieces of personal information', 4], ['categories of personal information', 2],
      ['sar', 2], ['dsar', 3], ['disclose to me', 2],
    ],
    rectification: [
      ['correction', 2.5],
      ['rectification', 4], ['rectify', 4], ['right to rectification', 5], ['right to correct', 4], ['request to correct', 4],
      ['correct my', 3], ['correction of', 3], ['correct the', 1.5], ['inaccurate', 2], ['incorrect', 2], ['update my', 2],
      ['out of date', 1], ['misspelled', 2], ['wrong address', 2], ['wrong name', 2],
    ],
    erasure: [
      ['erasure', 4], ['erase', 3], ['right to be forgotten', 4], ['right to erasure', 5], ['right to delete', 4],
      ['request to delete', 4], ['delet*', 2.5], ['remove my personal', 3], ['remove all my', 2], ['close my account', 2],
      ['destroy my', 2], ['purge', 2], ['wipe my', 2],
    ],
    restriction: [
      ['restriction of processing', 5], ['restrict the processing', 5], ['restrict processing', 5], ['right to restriction', 5],
      ['restrict*', 2], ['limit the use of my sensitive', 4], ['limit the use', 3], ['limit processing', 3], ['suspend the processing', 3],
    ],
    portability: [
      ['data portability', 5], ['portability', 4], ['machine-readable', 3], ['machine readable', 3],
      ['structured, commonly used', 3], ['commonly used', 1], ['export of my data', 3], ['export my data', 3],
      ['transmit _ data to another controller', 4], ['directly to another controller', 3], ['csv', 1], ['json', 1],
    ],
    objection: [
      ['object to', 3], ['objection', 3], ['right to object', 4], ['direct marketing', 3], ['marketing', 1],
      ['unsubscribe me', 4], ['please unsubscribe', 4], ['unsubscribe', 1.5], ['remove me from', 3], ['take me off', 3],
      ['stop sending', 3], ['stop emailing', 3], ['stop contacting', 3], ['stop spamming', 3], ['never subscribed', 3],
      ['opt me out', 3], ['opt out of marketing', 4], ['no longer wish to receive', 3], ['do not contact me', 3],
      ['mailing list', 1.5], ['marketing list', 2], ['marketing emails', 2], ['legitimate interest*', 1.5], ['profiling', 1],
    ],
    'withdraw-consent': [
      ['withdraw* ~ consent', 4], ['revok* ~ consent', 4],
      ['withdraw* my consent', 5], ['withdraw* consent', 4], ['withdrawal of consent', 5], ['withdrawal of my consent', 5],
      ['revoke my consent', 4], ['revok* consent', 4], ['no longer consent', 4], ['consent', 0.5],
    ],
    'sale-share-opt-out': [
      ['do not sell', 5], ['do not sell or share', 6], ['do not share', 3], ['opt out of the sale', 5], ['opt-out of the sale', 5],
      ['opts out of the sale', 5], ['opt out of sale', 5], ['sale of my personal', 4], ['sale of their personal', 4],
      ['sell my', 3], ['selling my', 3], ['stop selling', 4], ['sharing of my personal', 2], ['cross-context behavioral advertising', 4],
      ['targeted advertising', 2], ['opt-out request', 2], ['opt out request', 2], ['opt out', 1], ['opt-out', 1], ['global privacy control', 3],
    ],
    'shine-the-light': [
      ['shine the light', 6], ['third parties for direct marketing', 4], ['for their direct marketing purposes', 4],
      ['disclosed to third parties for direct marketing', 5], ['california privacy rights', 2],
    ],
  },
  complaint: [
    ['adequately respond*', 2], ['your response dated', 1.5], ['your reply dated', 1.5], ['fee', 1],
    ['complaint', 2], ['formal complaint', 4], ['wish to complain', 4], ['want to complain', 4], ['complain about', 3],
    ['dissatisfied', 3], ['not satisfied', 3], ['unsatisfactory', 3], ['incomplete', 2.5], ['did not include', 2.5],
    ['contained only', 2], ['only partially', 2], ['not sufficiently', 3], ['sufficiently respond*', 2.5], ['insufficient*', 2.5],
    ['inadequate*', 2.5], ['not adequately', 2.5], ['refused', 2.5], ['refusal', 2.5], ['rejected my request', 3],
    ['denied my request', 3], ['charge a fee', 2.5], ['charge me', 2], ['not handled', 2.5], ['mishandl*', 3],
    ['data breach', 2], ['without my consent', 1.5], ['unlawful*', 2], ['concerned that', 2], ['violat*', 1.5],
    ['your response', 1], ['your reply', 1], ['you failed to', 2.5], ['failed to comply', 3], ['ignored my', 2],
  ],
  followUp: [
    ['sent you a request', 2.5], ['my request of', 2], ['my request dated', 2], ['i wrote to you', 2], ['i contacted you on', 2], ['expired', 1.5],
    ['reminder', 3], ['second request', 4], ['third request', 4], ['final request', 3], ['follow up', 2.5], ['following up', 3],
    ['follow-up', 2.5], ['chasing', 2.5], ['still waiting', 3], ['still not received', 3], ['have not received', 2.5],
    ['not yet received', 3], ['no response', 3], ['no reply', 3], ['not heard back', 3], ['not answered', 2.5], ['no answer', 3],
    ['contacting you again', 2], ['writing again', 2], ['again', 0.5], ['my previous', 1], ['my earlier', 1.5], ['overdue', 2.5],
    ['deadline has passed', 3], ['deadline has expired', 3], ['one month has passed', 3], ['any update', 2.5],
    ['status of my request', 3],
  ],
  conditional: ['reserve the right', 'if you do not', 'if you fail', 'otherwise', 'failing which', 'should you not', 'if i do not receive', "if i don't", 'i will have to'],
  regulator: [
    ['raised a concern with us', 4], ['complained to us', 4], ['we have received a complaint', 4], ['received the enclosed complaint', 4],
    ['complaint against your organisation', 3], ['complainant', 3], ['case officer', 3], ['our reference', 2], ['case reference', 2],
    ['notice of eligible complaint', 4], ['quoting our reference', 3], ['dispute resolution', 2], ['participating business', 2],
    ['information notice', 3], ['enforcement notice', 3], ['we expect you to respond', 3], ['copy us in', 2],
  ],
  privacy: [
    ['third parties', 1.5], ['share my', 1.5], ['my email address', 1], ['my phone number', 1], ['advertisers', 1], ['cookies', 1.5], ['tracking', 1], ['keep my', 1],
    ['personal data', 1.5], ['personal information', 1.5], ['data protection', 1.5], ['privacy', 1], ['my data', 1],
    ['my information', 1], ['data subject', 1.5], ['my account', 0.5],
  ],
  inquiry: [
    ['i have a question', 3], ['question about', 2], ['could you tell me', 2], ['can you tell me', 2], ['do you', 1.5],
    ['is there', 1.5], ['how do you', 2], ['how long do you', 2], ['what is your', 1.5], ['where can i find', 2],
    ['i would like to know', 1.5], ['wondering', 2], ['who is your', 2], ['do you share', 2], ['do you sell', 2.5], ['does', 1],
  ],
  demand: [
    'i request', 'i am requesting', 'i hereby', 'hereby', 'please delete', 'please erase', 'please remove', 'i want', 'i demand',
    'i ask you to', 'i require', 'please provide', 'please send', 'please stop', 'i am exercising', 'exercise my right', 'i wish to',
    'i would like to request', 'opts out', 'i object',
  ],
  notPrivacy: [
    ['click here', 2], ['if you wish to unsubscribe', 3], ['to unsubscribe', 1.5], ['to be removed', 2], ['you are receiving this', 3],
    ['this email was sent to', 2], ['view in browser', 2], ['special offer', 2], ['limited time', 2], ['act now', 2], ['winner', 2],
    ['make money', 3], ['invoice', 2], ['payment due', 2], ['order confirmation', 2], ['your order', 1.5], ['tracking number', 2],
    ['webinar', 1.5], ['discount', 1.5], ['purchased list', 2], ['out of office', 3], ['automatic reply', 3], ['auto-reply', 3],
    ['undeliverable', 3], ['delivery status notification', 3], ['could not be delivered', 3], ['returned to sender', 2],
    ['updated our privacy policy', 2], ['backlinks', 2], ['press release', 2], ['partnership opportunity', 2],
  ],
  child: [
    ['my child', 3], ["my child's", 3], ['my son', 3], ['my daughter', 3], ['my kid*', 3], ['under 13', 3], ['under the age of 13', 3],
    ['parent*', 1.5], ['minor', 1.5], ["child's", 2], ['children', 1], ['kids', 1], ['guardian', 1.5],
  ],
  places: {
    eu: [
      ['austria', 3], ['belgium', 3], ['bulgaria', 3], ['croatia', 3], ['cyprus', 3], ['czech republic', 3], ['czechia', 3],
      ['denmark', 3], ['estonia', 3], ['finland', 3], ['france', 3], ['germany', 3], ['greece', 3], ['hungary', 3], ['ireland', 3],
      ['italy', 3], ['latvia', 3], ['lithuania', 3], ['luxembourg', 3], ['malta', 3], ['netherlands', 3], ['poland', 3],
      ['portugal', 3], ['romania', 3], ['slovakia', 3], ['slovenia', 3], ['spain', 3], ['sweden', 3], ['norway', 3],
      ['iceland', 3], ['liechtenstein', 3], ['european union', 1], ['eu resident', 2], ['eea', 1],
    ],
    uk: [['united kingdom', 3], ['england', 3], ['scotland', 3], ['wales', 3], ['northern ireland', 3], ['great britain', 3], ['uk', 2]],
    ch: [['switzerland', 3], ['swiss', 2]],
    'us-other': [['united states', 1.5], ['usa', 1.5], ['u.s.', 1]],
    other: [
      ['brazil', 3], ['canada', 3], ['australia', 3], ['india', 3], ['mexico', 3], ['argentina', 3], ['japan', 3], ['china', 3],
      ['singapore', 3], ['south africa', 3], ['new zealand', 3], ['israel', 3], ['turkey', 3], ['nigeria', 3], ['philippines', 3],
    ],
  },
  replyPrefixes: ['re', 'fw', 'fwd'],
  refLabels: ['case no', 'case number', 'case reference', 'case ref', 'our reference', 'our ref', 'your reference', 'reference number', 'ref no', 'complaint number', 'ticket'],
  nameLabels: ['name', 'full name', 'first name', 'requester', 'consumer name', 'complainant'],
  emailLabels: ['email', 'e-mail', 'email address'],
  stopwords: ['the', 'and', 'you', 'that', 'with', 'have', 'this', 'for', 'are', 'not', 'your', 'please', 'would', 'which', 'from', 'i am', 'my'],
};
