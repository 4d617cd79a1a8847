// French: RGPD headings (droit d'accès, de rectification, à l'effacement / « droit à l'oubli »,
// à la limitation du traitement, à la portabilité, d'opposition, retrait du consentement), CNIL
// wording, Swiss nLPD (données personnelles, PFPDT).
import type { LanguageVocab } from './types';

export const fr: LanguageVocab = {
  lang: 'fr',
  rights: {
    access: [
      ['quelles données vous avez', 3], ['quelles données détenez-vous', 3],
      ["droit d'accès", 5], ["demande d'accès", 4], ["demander l'accès", 4], ['accès à mes données', 4], ['accès aux données', 3],
      ['copie de mes données', 3], ['copie des données', 3], ['communication de mes données', 3], ['quelles données', 2], ['accès', 1.5],
    ],
    rectification: [
      ['mettre à jour mes', 2.5], ['coordonnées exactes', 2.5], ['mal orthographié*', 2],
      ['rectification', 4], ['rectifier', 4], ['droit de rectification', 5], ['corriger', 3], ['correction', 2.5],
      ['inexact*', 2], ['mettre à jour', 1.5],
    ],
    erasure: [
      ['effacement', 4], ["droit à l'effacement", 5], ["droit à l'oubli", 4], ['effacer', 3], ['supprimer', 3], ['suppression', 3],
      ['supprimez', 3], ['fermeture de mon compte', 2],
    ],
    restriction: [['limitation du traitement', 5], ['droit à la limitation', 5], ['limiter le traitement', 5], ['limitation', 2], ['ne pas supprimer', 4], ['ne supprimez pas', 4], ['ne pas effacer', 4]],
    portability: [
      ['exporter mes données', 4], ['export de mes données', 4],
      ['portabilité', 5], ['droit à la portabilité', 6], ['format structuré', 3], ['lisible par machine', 3], ['couramment utilisé', 2],
    ],
    objection: [
      ["ne plus m'envoyer", 3], ['e-mails commerciaux', 2.5], ['mails commerciaux', 2.5],
      ['opposition', 3], ["m'oppose", 4], ["m'opposer", 4], ["droit d'opposition", 5], ['prospection', 3], ['démarchage', 3],
      ['marketing direct', 3], ['désinscri*', 3], ['désabonn*', 3], ['ne plus recevoir', 3], ['publicité*', 1.5], ['profilage', 1],
    ],
    'withdraw-consent': [
      ['retir* ~ consentement', 4.5], ['révoqu* ~ consentement', 4.5],
      ['retire ~ consentement', 5], ['retirer ~ consentement', 5],
      ['retire _ consentement', 5], ['retirer _ consentement', 5], ['retrait de mon consentement', 5], ['retrait du consentement', 5],
      ['révoque _ consentement', 5], ['consentement', 0.5],
    ],
    'sale-share-opt-out': [['vente de mes données', 4], ['ne pas vendre', 4]],
    'shine-the-light': [],
  },
  complaint: [
    ['pas acceptable', 2.5],
    ['réclamation formelle', 4], ['plainte formelle', 4],
    ['malgré ma demande', 3], ['inadmissible', 2.5],
    ['je dépose une réclamation', 4], ['je porte plainte', 4], ['je formule une réclamation', 4],
    ['inacceptable', 2.5], ['une inconnue', 2], ['un inconnu', 2], ['mauvaise personne', 3], ['fuite', 2.5], ['plainte auprès', 3],
    ['suffisamment', 2], ['de manière suffisante', 2.5], ['votre réponse du', 1.5],
    ['réclamation', 2.5], ['plainte', 2], ['je me plains', 4], ['insatisfait*', 3], ['incomplet*', 2.5], ['refus', 2.5], ['refusé*', 2.5],
    ['frais', 1.5], ['insuffisant*', 2.5], ['pas satisfaisant*', 3], ['votre réponse', 1], ['illicite*', 2], ['sans mon consentement', 1.5],
    ['violation de données', 2],
  ],
  followUp: [
    ['admonition', 3], ['pas reçu de réponse', 3], ['une nouvelle fois', 2], ['donc dépassée', 2.5],
    ['tel que demandé', 2.5], ["quand je peux m'attendre", 2], ['confirmer la réception', 1.5],
    ['où en est', 2.5], ["état d'avancement", 2.5], ['des nouvelles', 2],
    ['comme demandé', 2.5], ["pièce d'identité", 2], ["copie de ma carte d'identité", 2], ["justificatif d'identité", 2], ['toujours pas de réponse', 3], ['sans nouvelles', 2.5], ['quand puis-je', 2],
    ['je vous ai envoyé', 2.5], ['ma demande du', 2], ['dépassé', 1.5], ['expiré', 1.5],
    ['relance', 3], ['rappel', 2.5], ['deuxième demande', 3], ['seconde demande', 3], ['sans réponse', 3], ['aucune réponse', 3],
    ['pas de réponse', 3], ['toujours pas', 2], ['à nouveau', 1], ['de nouveau', 1], ['délai est dépassé', 3], ['délai dépassé', 3],
    ['mise en demeure', 2.5], ['je reviens vers vous', 2.5], ['ma précédente', 1.5],
  ],
  conditional: ['je me réserve', 'me réserve le droit', 'à défaut', 'sinon', 'faute de', 'si vous ne', 'dans le cas contraire', 'se réserve', 'autrement', 'je garde le droit'],
  regulator: [
    ['plaignant*', 3], ['a saisi', 3], ['ont été saisis', 4], ['nos services', 1.5], ['numéro de plainte', 3], ['instruction de la plainte', 3],
    ['nos références', 2], ['dossier suivi par', 3], ['procédure de contrôle', 2],
  ],
  privacy: [
    ['combien de temps conservez', 1.5],
    ['politique de confidentialité', 1.5], ['durée de conservation', 1.5], ['conservées', 1],
    ['mes informations', 1], ['mes coordonnées', 1],
    ['tiers', 1.5], ['partager mes', 1.5], ['cookies', 1.5], ['mon adresse e-mail', 1], ['conservez', 1],
    ['données personnelles', 1.5], ['données à caractère personnel', 1.5], ['protection des données', 1.5], ['vie privée', 1], ['mes données', 1],
  ],
  inquiry: [
    ["j'ai une question", 3], ['question concernant', 2], ['pourriez-vous me dire', 2], ['combien de temps', 1.5], ['est-ce que', 1.5],
    ['vendez-vous', 2.5], ['existe-t-il', 1.5], ['où puis-je', 2], ['je voudrais savoir', 1.5],
  ],
  demand: ['je demande', 'je vous demande', 'par la présente', 'je souhaite', 'je vous prie', 'veuillez', 'je sollicite', "j'exige"],
  notPrivacy: [
    ['relance de paiement', 3], ['facture impayée', 3],
    ['candidature', 3], ['lettre de motivation', 3], ['mon cv', 2.5],
    ['facture', 2], ['cliquez ici', 2], ['pour vous désabonner', 3], ['pour vous désinscrire', 3], ['absence du bureau', 3],
    ['réponse automatique', 3], ['votre commande', 1.5], ['promotion', 1.5], ['offre spéciale', 2],
  ],
  child: [
    ['mon enfant', 3], ['ma fille', 3], ['mon fils', 3], ['mineur*', 2], ['parents', 1.5], ['moins de 13 ans', 3], ['moins de 15 ans', 3],
    ['enfants', 1],
  ],
  places: {
    eu: [
      ['allemagne', 3], ['autriche', 3], ['belgique', 3], ['espagne', 3], ['italie', 3], ['pays-bas', 3], ['pologne', 3],
      ['suède', 3], ['danemark', 3], ['irlande', 3], ['luxembourg', 3], ['grèce', 3], ['roumanie', 3], ['union européenne', 1],
      ['france', 3],
    ],
    uk: [['royaume-uni', 3], ['angleterre', 3], ['écosse', 3], ['pays de galles', 3]],
    ch: [['suisse', 3], ['confédération', 2]],
    'us-other': [['états-unis', 1.5]],
    other: [['brésil', 3], ['québec', 3], ['canada', 3], ['maroc', 3], ['sénégal', 3], ["côte d'ivoire", 3], ['tunisie', 3], ['algérie', 3]],
  },
  replyPrefixes: ['tr', 'réf', 'ref'],
  forwardPrefixes: ['tr'],
  refLabels: ['référence', 'réf', 'numéro de dossier', 'n° de dossier', 'numéro de plainte', 'dossier n°', 'nos références', 'vos références'],
  nameLabels: ['nom', 'prénom', 'nom complet', 'nom et prénom'],
  emailLabels: ['e-mail', 'email', 'courriel', 'adresse électronique'],
  stopwords: ['le', 'la', 'les', 'des', 'et', 'je', 'vous', 'de', 'du', 'que', 'pour', 'une', 'est', 'mes', 'mon', 'pas'],
};
