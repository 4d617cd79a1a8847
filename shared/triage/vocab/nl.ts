// Dutch: AVG headings (recht op inzage, rectificatie, gegevenswissing / «recht op
// vergetelheid», beperking van de verwerking, overdraagbaarheid, bezwaar, intrekken van de
// toestemming), Autoriteit Persoonsgegevens wording, Belgian GBA.
import type { LanguageVocab } from './types';

export const nl: LanguageVocab = {
  lang: 'nl',
  rights: {
    access: [
      ['welke gegevens jullie', 3], ['welke gegevens u', 3], ['kopie van mijn gegevens', 3],
      ['inzageverzoek', 5], ['recht op inzage', 5], ['verzoek om inzage', 5], ['inzage', 4], ['toegang tot mijn', 3], ['verzoek om toegang', 4],
      ['kopie van mijn', 3], ['kopie van alle persoonlijke', 3], ['welke gegevens', 2], ['toegang', 1.5],
    ],
    rectification: [['rectificatie', 4], ['recht op rectificatie', 5], ['correctie', 3], ['corrigeren', 3], ['verbetering', 2.5], ['onjuist*', 2], ['aanpassen', 1.5], ['juiste gegevens', 2.5], ['gegevens bijwerken', 2.5], ['verkeerd gespeld', 2]],
    erasure: [
      ['weghalen', 2.5], ['weg te halen', 2.5],
      ['verwijdering', 3.5], ['verwijderen', 3], ['verwijder', 3], ['recht op vergetelheid', 5], ['recht op gegevenswissing', 5],
      ['gegevenswissing', 4], ['wissen', 3], ['recht op verwijdering', 5],
    ],
    restriction: [['beperking van de verwerking', 5], ['recht op beperking', 5], ['beperking', 2], ['niet verwijderen', 4], ['niet te verwijderen', 4], ['niet wissen', 4], ['verwerking ~ te beperken', 5]],
    portability: [['overdraagbaarheid', 5], ['dataportabiliteit', 5], ['machineleesba*', 3], ['gestructureerde', 2], ['gangbare', 1.5], ['mijn gegevens exporteren', 4]],
    objection: [
      ['bezwaar', 3], ['maak ik bezwaar', 4], ['recht van bezwaar', 5], ['direct marketing', 3], ['reclame', 1.5],
      ['afmelden', 3], ['uitschrijven', 3], ['niet langer ontvangen', 3], ['profilering', 1],
    ],
    'withdraw-consent': [
      ['trek* ~ toestemming', 4],
      ['trek ~ toestemming in', 5], ['intrek*', 2.5], ['toestemming ~ intrekken', 5],
      ['trek _ toestemming in', 5], ['trek mijn toestemming in', 5], ['intrekken van mijn toestemming', 5], ['intrekking van _ toestemming', 5],
      ['toestemming in te trekken', 4], ['toestemming', 0.5],
    ],
    'sale-share-opt-out': [['verkoop van mijn gegevens', 4], ['niet verkopen', 4]],
    'shine-the-light': [],
  },
  complaint: [
    ['niet acceptabel', 2.5], ['onbegrijpelijk', 2.5],
    ['formele klacht', 4],
    ['ondanks mijn verzoek', 3],
    ['dien ~ klacht in', 4],
    ['van een ander lid', 2.5], ['van iemand anders', 2.5],
    ['onacceptabel', 2.5], ['verkeerde persoon', 3], ['klacht indienen', 3],
    ['niet voldoende', 2.5], ['uw antwoord van', 1.5], ['kosten in rekening', 2],
    ['klacht', 2], ['ontevreden', 3], ['onvolledig', 2.5], ['geweigerd', 2.5], ['weigering', 2.5], ['onvoldoende', 2.5], ['uw antwoord', 1],
    ['onrechtmatig', 2], ['zonder mijn toestemming', 1.5], ['datalek', 2],
  ],
  followUp: [
    ['vermaning', 3], ['ingebrekestelling', 3], ['nog geen antwoord', 3], ['opnieuw contact', 2], ['daarmee overschreden', 2.5],
    ['stand van zaken', 2.5], ['hoe staat het', 2.5],
    ['zoals gevraagd', 2.5], ['zoals verzocht', 2.5], ['kopie van mijn id', 2], ['nog niets gehoord', 3], ['wanneer kan ik', 2],
    ['heb ik u', 1.5], ['mijn verzoek van', 2], ['verstreken', 1.5],
    ['herinnering', 3], ['tweede verzoek', 3], ['geen antwoord', 3], ['geen reactie', 3], ['nog steeds niet', 2.5], ['opnieuw', 1.5],
    ['nogmaals', 2], ['termijn is verstreken', 3], ['termijn verstreken', 3], ['rappel', 2.5], ['aanmaning', 2.5],
  ],
  conditional: ['behoud ik', 'behoud mij', 'anders', 'indien u niet', 'als u niet', 'behoudt zich', 'bij gebreke'],
  regulator: [['klager', 3], ['ons kenmerk', 2], ['zaaknummer', 2], ['handhaving', 1.5], ['klachtbehandeling', 2]],
  privacy: [
    ['hoe lang bewaart u', 1.5], ['hoe lang bewaren jullie', 1.5],
    ['privacyverklaring', 1.5], ['privacybeleid', 1.5], ['bewaartermijn', 1.5],
    ['derden', 1.5], ['delen', 1], ['cookies', 1.5], ['mijn e-mailadres', 1], ['bewaren', 1],['persoonsgegevens', 1.5], ['persoonlijke gegevens', 1.5], ['gegevensbescherming', 1.5], ['privacy', 1], ['mijn gegevens', 1]],
  inquiry: [['ik heb een vraag', 3], ['vraag over', 2], ['kunt u mij vertellen', 2], ['hoe lang', 1.5], ['verkoopt u', 2.5], ['waar kan ik', 2], ['ik zou graag willen weten', 1.5], ['vraagje', 2.5], ['een paar vragen', 2.5], ['benieuwd', 2], ['hoe dat zit', 2]],
  demand: ['ik verzoek', 'verzoek ik', 'hierbij', 'ik wil', 'ik eis', 'graag verwijderen', 'ik vraag'],
  notPrivacy: [
    ['betalingsherinnering', 3],
    ['sollicitatie', 3], ['motivatiebrief', 3], ['mijn cv', 2.5], ['vacature', 2],
    ['factuur', 2], ['klik hier', 2], ['om je af te melden', 3], ['om u af te melden', 3], ['automatisch antwoord', 3], ['afwezig', 2],
    ['aanbieding', 1.5], ['je bestelling', 1.5], ['uw bestelling', 1.5],
  ],
  child: [['mijn kind', 3], ['mijn dochter', 3], ['mijn zoon', 3], ['minderjarig*', 2.5], ['ouders', 1.5], ['jonger dan 16', 3], ['kinderen', 1]],
  places: {
    eu: [
      ['nederland', 3], ['belgië', 3], ['duitsland', 3], ['frankrijk', 3], ['spanje', 3], ['italië', 3], ['polen', 3], ['zweden', 3],
      ['ierland', 3], ['oostenrijk', 3], ['luxemburg', 3], ['europese unie', 1],
    ],
    uk: [['verenigd koninkrijk', 3], ['engeland', 3], ['schotland', 3]],
    ch: [['zwitserland', 3]],
    'us-other': [['verenigde staten', 1.5]],
    other: [['suriname', 3], ['brazilië', 3], ['canada', 3]],
  },
  replyPrefixes: ['antw', 'doorst', 'fw'],
  forwardPrefixes: ['doorst', 'fw'],
  refLabels: ['ons kenmerk', 'uw kenmerk', 'kenmerk', 'zaaknummer', 'dossiernummer', 'referentie'],
  nameLabels: ['naam', 'volledige naam', 'voornaam', 'achternaam'],
  emailLabels: ['e-mail', 'email', 'e-mailadres'],
  stopwords: ['de', 'het', 'een', 'en', 'van', 'ik', 'u', 'dat', 'mijn', 'niet', 'met', 'voor', 'is', 'op', 'te', 'zijn'],
};
