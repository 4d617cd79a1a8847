// Cues that do not depend on the language: statute names and citations, cities, US states,
// postcodes, phone prefixes, top-level domains and currencies, each pointing at a jurisdiction.
import type { Jurisdiction } from '../../domain/ids';
import type { RightType } from './types';

export interface StatuteCue {
  phrase: string;
  jurisdiction: Jurisdiction;
  weight: number;
  /** Statutes of one family (GDPR in its languages) count once together. */
  family?: string;
  /** Sets a regime flag used when suggesting regimes. */
  flag?: 'lgpd' | 'dpf' | 'coppa' | 'can-spam' | 'us-state' | 'gdpr' | 'fadp' | 'ccpa';
}

export const STATUTES: readonly StatuteCue[] = [
  // EU GDPR in its languages, and national implementing acts.
  ...['gdpr', 'dsgvo', 'ds-gvo', 'rgpd', 'avg', 'rodo', 'dataskyddsförordningen', '2016/679', 'datenschutz-grundverordnung',
    'règlement général sur la protection des données', 'reglamento general de protección de datos', 'regolamento generale sulla protezione dei dati',
    'algemene verordening gegevensbescherming', 'ogólne rozporządzenie o ochronie danych', 'regulamento geral sobre a proteção de dados',
    'general data protection regulation'].map((phrase) => ({ phrase, jurisdiction: 'eu' as const, weight: 2, family: 'gdpr', flag: 'gdpr' as const })),
  ...['bdsg', 'lopdgdd', 'lopd', 'loi informatique et libertés', 'codice privacy', 'uavg', 'tkg', 'ttdsg', 'edpb', 'europäischer datenschutzausschuss']
    .map((phrase) => ({ phrase, jurisdiction: 'eu' as const, weight: 3, family: 'eu-national' })),
  // United Kingdom.
  { phrase: 'uk gdpr', jurisdiction: 'uk', weight: 5 }, { phrase: 'data protection act 2018', jurisdiction: 'uk', weight: 5 },
  { phrase: 'data protection act 1998', jurisdiction: 'uk', weight: 5 }, { phrase: 'dpa 2018', jurisdiction: 'uk', weight: 4 },
  // "The Data Protection Act" with no year is the UK's (US state acts carry their state's name before it).
  { phrase: 'the data protection act', jurisdiction: 'uk', weight: 3 },
  { phrase: 'information commissioner*', jurisdiction: 'uk', weight: 4, family: 'ico' }, { phrase: 'ico', jurisdiction: 'uk', weight: 3, family: 'ico' },
  { phrase: 'pecr', jurisdiction: 'uk', weight: 3 }, { phrase: 'data (use and access) act', jurisdiction: 'uk', weight: 4 },
  // Switzerland (revFADP in German, French, Italian, English).
  ...['dsg', 'ndsg', 'revdsg', 'fadp', 'nfadp', 'revfadp', 'lpd', 'nlpd', 'revlpd', 'datenschutzgesetz', 'edöb', 'fdpic', 'pfpdt', 'ifpdt']
    .map((phrase) => ({ phrase, jurisdiction: 'ch' as const, weight: 4, family: 'fadp', flag: 'fadp' as const })),
  // California.
  ...['ccpa', 'cpra', 'california consumer privacy act', 'california privacy rights act', 'cal. civ. code', 'california civil code', 'cppa',
    'california privacy protection agency'].map((phrase) => ({ phrase, jurisdiction: 'us-ca' as const, weight: 4, family: 'ccpa', flag: 'ccpa' as const })),
  { phrase: 'shine the light', jurisdiction: 'us-ca', weight: 4 }, { phrase: 'california*', jurisdiction: 'us-ca', weight: 3, family: 'california' },
  // Other US states and federal laws.
  ...['vcdpa', 'virginia consumer data protection act', 'colorado privacy act', 'ctdpa', 'connecticut data privacy act', 'ucpa',
    'utah consumer privacy act', 'texas data privacy and security act', 'tdpsa', 'oregon consumer privacy act', 'montana consumer data privacy act',
    'iowa consumer data protection act', 'delaware personal data privacy act', 'new jersey data privacy act', 'consumer health data act']
    .map((phrase) => ({ phrase, jurisdiction: 'us-other' as const, weight: 4, family: 'us-state', flag: 'us-state' as const })),
  { phrase: 'coppa', jurisdiction: 'us-other', weight: 2, flag: 'coppa' }, { phrase: "children's online privacy protection", jurisdiction: 'us-other', weight: 2, flag: 'coppa' },
  { phrase: 'can-spam', jurisdiction: 'us-other', weight: 2, flag: 'can-spam' }, { phrase: 'can spam', jurisdiction: 'us-other', weight: 2, flag: 'can-spam' },
  { phrase: 'attorney general', jurisdiction: 'us-other', weight: 1 },
  // Elsewhere (Brazil's LGPD and peers): 'other'.
  ...['lgpd', 'lei geral de proteção de dados', 'anpd', '13.709'].map((phrase) => ({ phrase, jurisdiction: 'other' as const, weight: 5, family: 'lgpd', flag: 'lgpd' as const })),
  ...['pipeda', 'privacy act 1988', 'dpdp act', 'popia', 'appi'].map((phrase) => ({ phrase, jurisdiction: 'other' as const, weight: 4, family: 'other-law' })),
  // Transfer frameworks (no jurisdiction of their own).
  ...['privacy shield', 'data privacy framework', 'dpf'].map((phrase) => ({ phrase, jurisdiction: 'other' as const, weight: 0, family: 'dpf', flag: 'dpf' as const })),
];

/** Cities commonly written in addresses and signatures. */
export const CITIES: Partial<Record<Jurisdiction, readonly string[]>> = {
  uk: ['london', 'manchester', 'birmingham', 'glasgow', 'edinburgh', 'cardiff', 'belfast', 'bristol', 'leeds', 'liverpool', 'sheffield', 'newcastle upon tyne', 'nottingham', 'southampton', 'oxford', 'cambridge', 'aberdeen', 'swansea', 'brighton'],
  ch: ['zürich', 'zurich', 'genève', 'geneva', 'genf', 'bern', 'berne', 'basel', 'bâle', 'lausanne', 'lugano', 'luzern', 'lucerne', 'st. gallen', 'winterthur', 'fribourg', 'neuchâtel', 'sion', 'zug', 'chur', 'bellinzona'],
  eu: ['berlin', 'münchen', 'munich', 'hamburg', 'köln', 'frankfurt', 'stuttgart', 'düsseldorf', 'leipzig', 'dresden', 'wien', 'vienna', 'graz', 'salzburg', 'paris', 'lyon', 'marseille', 'toulouse', 'bordeaux', 'lille', 'nantes', 'madrid', 'barcelona', 'valencia', 'sevilla', 'bilbao', 'roma', 'rome', 'milano', 'milan', 'napoli', 'torino', 'firenze', 'bologna', 'amsterdam', 'rotterdam', 'utrecht', 'den haag', 'eindhoven', 'brussel', 'bruxelles', 'brussels', 'antwerpen', 'gent', 'liège', 'warszawa', 'warsaw', 'kraków', 'wrocław', 'gdańsk', 'poznań', 'łódź', 'lisboa', 'braga', 'coimbra', 'faro', 'lisbon', 'porto', 'stockholm', 'göteborg', 'malmö', 'uppsala', 'dublin', 'cork', 'galway', 'københavn', 'copenhagen', 'helsinki', 'oslo', 'athens', 'αθήνα', 'praha', 'prague', 'budapest', 'bucurești', 'luxembourg', 'tallinn', 'riga', 'vilnius', 'ljubljana', 'zagreb', 'bratislava', 'valletta', 'nicosia'],
  'us-ca': ['los angeles', 'san francisco', 'san diego', 'san jose', 'sacramento', 'oakland', 'beverly hills', 'palo alto', 'santa monica', 'fresno', 'long beach', 'irvine', 'pasadena', 'berkeley', 'mountain view', 'cupertino', 'santa clara', 'anaheim', 'riverside', 'bakersfield'],
  'us-other': ['new york', 'chicago', 'houston', 'phoenix', 'philadelphia', 'san antonio', 'dallas', 'austin', 'seattle', 'denver', 'boston', 'atlanta', 'miami', 'richmond', 'hartford', 'salt lake city', 'portland', 'las vegas', 'detroit', 'minneapolis', 'washington, dc', 'brooklyn', 'pittsburgh', 'baltimore', 'nashville', 'charlotte', 'indianapolis', 'kansas city', 'cleveland', 'orlando', 'tampa', 'raleigh', 'st. louis', 'milwaukee', 'new orleans'],
  other: ['são paulo', 'sao paulo', 'rio de janeiro', 'brasília', 'toronto', 'vancouver', 'montréal', 'sydney', 'melbourne', 'mumbai', 'bangalore', 'delhi', 'tokyo', 'singapore', 'mexico city', 'buenos aires', 'bogotá', 'santiago de chile', 'lima', 'cape town', 'johannesburg', 'auckland', 'tel aviv', 'dubai', 'ottawa', 'montreal', 'calgary', 'brisbane', 'perth', 'chennai', 'hyderabad', 'pune', 'guadalajara', 'monterrey', 'córdoba, argentina', 'belo horizonte', 'porto alegre', 'curitiba', 'salvador'],
};

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'alabama', AK: 'alaska', AZ: 'arizona', AR: 'arkansas', CA: 'california', CO: 'colorado', CT: 'connecticut', DE: 'delaware',
  FL: 'florida', GA: 'georgia', HI: 'hawaii', ID: 'idaho', IL: 'illinois', IN: 'indiana', IA: 'iowa', KS: 'kansas', KY: 'kentucky',
  LA: 'louisiana', ME: 'maine', MD: 'maryland', MA: 'massachusetts', MI: 'michigan', MN: 'minnesota', MS: 'mississippi', MO: 'missouri',
  MT: 'montana', NE: 'nebraska', NV: 'nevada', NH: 'new hampshire', NJ: 'new jersey', NM: 'new mexico', NY: 'new york',
  NC: 'north carolina', ND: 'north dakota', OH: 'ohio', OK: 'oklahoma', OR: 'oregon', PA: 'pennsylvania', RI: 'rhode island',
  SC: 'south carolina', SD: 'south dakota', TN: 'tennessee', TX: 'texas', UT: 'utah', VT: 'vermont', VA: 'virginia', WA: 'washington',
  WV: 'west virginia', WI: 'wisconsin', WY: 'wyoming', DC: 'district of columbia',
};

/** California telephone area codes. */
export const CA_AREA_CODES = new Set([
  '209', '213', '279', '310', '323', '341', '350', '408', '415', '424', '442', '510', '530', '559', '562', '619', '626', '628', '650',
  '657', '661', '669', '707', '714', '747', '760', '805', '818', '820', '831', '840', '858', '909', '916', '925', '949', '951',
]);

/** International dialling prefixes → jurisdiction. */
export const PHONE_PREFIXES: ReadonlyArray<readonly [string, Jurisdiction]> = [
  ['44', 'uk'], ['41', 'ch'], ['55', 'other'], ['1', 'us-other'],
  ...['30', '31', '32', '33', '34', '36', '39', '40', '43', '45', '46', '47', '48', '49', '351', '352', '353', '354', '356', '357', '358',
    '359', '370', '371', '372', '385', '386', '420', '421', '423'].map((p) => [p, 'eu'] as const),
];

/** Country-code top-level domains of sender addresses → jurisdiction (a weak cue). */
export const TLDS: Readonly<Record<string, Jurisdiction>> = {
  uk: 'uk', ch: 'ch', br: 'other', ca: 'other', au: 'other', in: 'other', mx: 'other', ar: 'other', jp: 'other',
  ...Object.fromEntries(['de', 'at', 'fr', 'es', 'it', 'nl', 'be', 'pl', 'pt', 'se', 'dk', 'fi', 'ie', 'lu', 'cz', 'sk', 'hu', 'gr', 'ro',
    'bg', 'hr', 'si', 'ee', 'lv', 'lt', 'mt', 'cy', 'no', 'is', 'li', 'eu'].map((t) => [t, 'eu' as Jurisdiction])),
};

/** What each article of the GDPR (and its UK copy) grants, by article and paragraph. */
export const GDPR_ARTICLES: Readonly<Record<string, RightType>> = {
  '15': 'access', '16': 'rectification', '17': 'erasure', '18': 'restriction', '20': 'portability', '21': 'objection', '7(3)': 'withdraw-consent',
};

/** revFADP (Switzerland): Art. 25 access, Art. 28 portability. (Art. 32 holds both rectification and erasure claims: the words decide.) */
export const FADP_ARTICLES: Readonly<Record<string, RightType>> = { '25': 'access', '28': 'portability' };

/** Cal. Civ. Code sections (CCPA and Shine the Light). */
export const CAL_CIV_SECTIONS: Readonly<Record<string, RightType>> = {
  '1798.100': 'access', '1798.110': 'access', '1798.115': 'access', '1798.105': 'erasure', '1798.106': 'rectification',
  '1798.120': 'sale-share-opt-out', '1798.135': 'sale-share-opt-out', '1798.121': 'restriction', '1798.83': 'shine-the-light',
};

/**
 * How each right is named in the nine languages, as stems of folded (lower-case, accent-free)
 * text: a paragraph naming four or more of them is a privacy notice listing rights (see notice.ts).
 */
export const RIGHT_NAME_STEMS: Record<'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection', RegExp> = {
  access: /\b(access|auskunft|acces|acceso|accesso|inzage|dostep|acesso|tillgang|registerutdrag)/,
  rectification: /\b(rectif|berichtig|rettific|sprostowan|retific|rattelse|correcti)/,
  erasure: /\b(erasure|delet|losch|effacement|suppression|supresion|cancellazione|verwijder|usunie|apagamento|eliminac|radering)/,
  restriction: /\b(restrict|einschrank|limitation|limitacion|limitazione|beperking|ograniczeni|limitac|begransning)/,
  portability: /\b(portab|ubertragbar|overdraagbaar|przenoszeni|dataportabilitet)/,
  objection: /\b(object|widerspruch|opposition|oposicion|opposizione|bezwaar|sprzeciw|oposic|invandning)/,
};
