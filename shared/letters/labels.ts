// Words the letters need in each language: request types, escalation stages, Art. 17(3) grounds,
// and the fixed parts of every letter (reference line, salutation, closing).
import type { EscalationStage, RequestType } from '../domain/ids';
import type { LetterLang, RefusedItem } from './types';

type PerLang<T> = Record<LetterLang, T>;

export const REQUEST_TYPE_NAMES: PerLang<Record<RequestType, string>> = {
  en: {
    access: 'access to your personal data', rectification: 'rectification', erasure: 'erasure',
    restriction: 'restriction of processing', portability: 'data portability', objection: 'objection to processing',
    'withdraw-consent': 'withdrawal of consent', 'sale-share-opt-out': 'opt-out of sale or sharing',
    'shine-the-light': 'disclosure under California Civil Code §1798.83', 'child-data-deletion': "deletion of a child's data",
    complaint: 'complaint', regulator: 'regulator enquiry', 'follow-up': 'follow-up', inquiry: 'enquiry',
    'not-privacy': 'message',
  },
  de: {
    access: 'Auskunft über Ihre personenbezogenen Daten', rectification: 'Berichtigung', erasure: 'Löschung',
    restriction: 'Einschränkung der Verarbeitung', portability: 'Datenübertragbarkeit', objection: 'Widerspruch gegen die Verarbeitung',
    'withdraw-consent': 'Widerruf der Einwilligung', 'sale-share-opt-out': 'Widerspruch gegen Verkauf oder Weitergabe',
    'shine-the-light': 'Auskunft nach California Civil Code §1798.83', 'child-data-deletion': 'Löschung der Daten eines Kindes',
    complaint: 'Beschwerde', regulator: 'Anfrage einer Aufsichtsbehörde', 'follow-up': 'Nachfrage', inquiry: 'Anfrage',
    'not-privacy': 'Nachricht',
  },
  fr: {
    access: 'accès à vos données personnelles', rectification: 'rectification', erasure: 'effacement',
    restriction: 'limitation du traitement', portability: 'portabilité des données', objection: 'opposition au traitement',
    'withdraw-consent': 'retrait du consentement', 'sale-share-opt-out': 'opposition à la vente ou au partage',
    'shine-the-light': 'information au titre du California Civil Code §1798.83', 'child-data-deletion': "suppression des données d’un enfant",
    complaint: 'réclamation', regulator: "demande d’une autorité de contrôle", 'follow-up': 'relance', inquiry: 'demande',
    'not-privacy': 'message',
  },
};

export const STAGE_NAMES: PerLang<Record<EscalationStage, string>> = {
  en: {
    organisation: 'Our organisation', 'recourse-body': 'Independent recourse body', dpa: 'Data protection authority',
    commerce: 'US Department of Commerce', ftc: 'US Federal Trade Commission', arbitration: 'Binding arbitration',
    court: 'Court',
  },
  de: {
    organisation: 'Unsere Organisation', 'recourse-body': 'Unabhängige Beschwerdestelle', dpa: 'Datenschutzaufsichtsbehörde',
    commerce: 'US-Handelsministerium (Department of Commerce)', ftc: 'US Federal Trade Commission', arbitration: 'Verbindliches Schiedsverfahren',
    court: 'Gericht',
  },
  fr: {
    organisation: 'Notre organisation', 'recourse-body': 'Organisme de recours indépendant', dpa: 'Autorité de protection des données',
    commerce: 'Département du Commerce des États-Unis', ftc: 'Federal Trade Commission (États-Unis)', arbitration: 'Arbitrage contraignant',
    court: 'Tribunal',
  },
};

export const ERASURE_GROUNDS: PerLang<Record<RefusedItem['ground'], string>> = {
  en: {
    a: 'Art. 17(3)(a) GDPR: exercising the right of freedom of expression and information',
    b: 'Art. 17(3)(b) GDPR: compliance with a legal obligation',
    c: 'Art. 17(3)(c) GDPR: reasons of public interest in the area of public health',
    d: 'Art. 17(3)(d) GDPR: archiving in the public interest, scientific or historical research or statistics',
    e: 'Art. 17(3)(e) GDPR: the establishment, exercise or defence of legal claims',
  },
  de: {
    a: 'Art. 17 Abs. 3 lit. a DSGVO: Ausübung des Rechts auf freie Meinungsäußerung und Information',
    b: 'Art. 17 Abs. 3 lit. b DSGVO: Erfüllung einer rechtlichen Verpflichtung',
    c: 'Art. 17 Abs. 3 lit. c DSGVO: Gründe des öffentlichen Interesses im Bereich der öffentlichen Gesundheit',
    d: 'Art. 17 Abs. 3 lit. d DSGVO: Archivzwecke im öffentlichen Interesse, Forschungs- oder statistische Zwecke',
    e: 'Art. 17 Abs. 3 lit. e DSGVO: Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
  },
  fr: {
    a: "art. 17, par. 3, point a) du RGPD : exercice du droit à la liberté d’expression et d’information",
    b: "art. 17, par. 3, point b) du RGPD : respect d’une obligation légale",
    c: "art. 17, par. 3, point c) du RGPD : motifs d’intérêt public dans le domaine de la santé publique",
    d: "art. 17, par. 3, point d) du RGPD : fins archivistiques dans l’intérêt public, de recherche scientifique ou historique ou statistiques",
    e: "art. 17, par. 3, point e) du RGPD : constatation, exercice ou défense de droits en justice",
  },
};

/** The fixed frame of every letter. */
export const COMMON: PerLang<{
  ourRef: string;
  yourRef: string;
  salutation: string; // {{name}} is the addressee
  salutationBody: string; // to an authority or body
  closing: string;
  dpoTitle: string;
  colon: string; // French sets a space before the colon
}> = {
  en: {
    ourRef: 'Our reference', yourRef: 'Your reference', salutation: 'Dear {{name}},',
    salutationBody: 'Dear Sir or Madam,', closing: 'Kind regards,', dpoTitle: 'Data Protection Officer', colon: ': ',
  },
  de: {
    ourRef: 'Unser Zeichen', yourRef: 'Ihr Zeichen', salutation: 'Guten Tag {{name}},',
    salutationBody: 'Sehr geehrte Damen und Herren,', closing: 'Mit freundlichen Grüßen', dpoTitle: 'Datenschutzbeauftragte/r', colon: ': ',
  },
  fr: {
    ourRef: 'Notre référence', yourRef: 'Votre référence', salutation: 'Bonjour {{name}},',
    salutationBody: 'Madame, Monsieur,', closing: 'Veuillez agréer nos salutations distinguées.', dpoTitle: 'Délégué(e) à la protection des données', colon: ' : ',
  },
};
