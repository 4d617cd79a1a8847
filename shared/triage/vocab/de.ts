// German: DSGVO article headings (Auskunftsrecht, Recht auf Berichtigung, Löschung "Recht auf
// Vergessenwerden", Einschränkung der Verarbeitung, Datenübertragbarkeit, Widerspruchsrecht,
// Widerruf der Einwilligung Art. 7 Abs. 3), Swiss revDSG (Auskunftsbegehren, Personendaten).
import type { LanguageVocab } from './types';

export const de: LanguageVocab = {
  lang: 'de',
  rights: {
    access: [
      ['welche daten sie über mich', 3], ['was sie über mich gespeichert', 3],
      ['auskunft*', 3], ['auskunftsrecht', 5], ['recht auf auskunft', 5], ['auskunftsersuchen', 5], ['auskunftsanfrage', 5],
      ['auskunftsbegehren', 5], ['auskunftsverlangen', 5], ['selbstauskunft', 5], ['datenauskunft', 5], ['kopie meiner daten', 3],
      ['kopie sämtlicher', 3], ['kopie der personenbezogenen daten', 3], ['welche daten', 2], ['über mich gespeichert', 3],
      ['gespeicherten daten', 2],
    ],
    rectification: [
      ['richtigen daten', 2.5], ['aktualisieren sie', 2], ['falsch geschrieben', 2],
      ['berichtigung', 4], ['berichtigen', 4], ['recht auf berichtigung', 5], ['korrektur', 3], ['korrigieren', 3],
      ['unrichtig*', 2], ['falsch*', 1], ['vervollständigung', 3], ['aktualisieren', 1.5],
    ],
    erasure: [
      ['löschung', 4], ['löschen', 3.5], ['lösche', 3], ['recht auf löschung', 5], ['recht auf vergessenwerden', 5],
      ['löschungsantrag', 5], ['löschantrag', 5], ['konto schließen', 2], ['account löschen', 3], ['vernichtung', 2],
    ],
    restriction: [
      ['nicht löschen', 4], ['nicht zu löschen', 4], ['statt zu löschen', 4], ['keine löschung', 4],
      ['einschränkung der verarbeitung', 5], ['recht auf einschränkung', 5], ['verarbeitung einzuschränken', 5],
      ['einschränk*', 2], ['sperrung', 3], ['sperren', 2],
    ],
    portability: [
      ['meine daten exportieren', 4], ['export meiner daten', 4],
      ['datenübertragbarkeit', 5], ['recht auf datenübertragbarkeit', 6], ['maschinenlesbar*', 3], ['strukturierten, gängigen', 3],
      ['gängigen und maschinenlesbaren', 3], ['datenexport', 3], ['an einen anderen verantwortlichen', 3],
    ],
    objection: [
      ['widerspruch', 3.5], ['widerspreche', 4], ['widerspruchsrecht', 5], ['lehne _ verarbeitung', 3], ['direktwerbung', 3],
      ['werbung', 1.5], ['werbezwecke', 2], ['newsletter abbestellen', 4], ['abbestellen', 3], ['abmelden', 2],
      ['keine werbung', 4], ['keine weiteren e-mails', 3], ['profiling', 1],
    ],
    'withdraw-consent': [
      ['widerruf* ~ einwilligung', 4.5],
      ['widerrufe ~ einwilligung', 5], ['einwilligung ~ widerrufen', 5], ['einwilligung ~ zurück', 4],
      ['widerrufe _ einwilligung', 5], ['widerrufe meine einwilligung', 5], ['widerrufe ich hiermit', 4], ['widerruf meiner einwilligung', 5],
      ['widerruf der einwilligung', 5], ['einwilligung widerrufen', 5], ['einwilligung zurückziehen', 5], ['widerruf*', 1.5], ['einwilligung', 0.5],
    ],
    'sale-share-opt-out': [['verkauf meiner daten', 4], ['nicht verkaufen', 4], ['weitergabe an dritte', 1.5]],
    'shine-the-light': [['dritte für direktwerbung', 4]],
  },
  complaint: [
    ['nicht akzeptabel', 2.5],
    ['reiche ich beschwerde', 4], ['eine beschwerde ~ einreichen', 3], ['beschwerde nach art', 3],
    ['nicht der meinung, dass sie', 2.5], ['vorgaben der dsgvo beantwortet', 2.5], ['antwort darauf vom', 1.5], ['unverhältnismäßig', 2],
    ['förmliche beschwerde', 4], ['formelle beschwerde', 4],
    ['trotz meiner', 2.5], ['trotz meines', 2.5],
    ['lege ich beschwerde ein', 4], ['lege hiermit beschwerde ein', 4], ['erhebe ich beschwerde', 4], ['erhebe hiermit beschwerde', 4],
    ['ungenügend', 2.5],
    ['inakzeptabel', 2.5], ['unzumutbar', 2.5], ['datenleck', 3], ['falsche person', 3], ['beschwerde bei', 3],
    ['ausreichend beantwortet', 2.5], ['ihre antwort vom', 1.5], ['kostenpflichtig', 1.5],
    ['beschwerde', 2], ['beschwere mich', 4], ['beanstande', 3], ['unvollständig*', 2.5], ['nicht vollständig', 2.5],
    ['unzureichend*', 2.5], ['nicht ausreichend', 2.5], ['abgelehnt', 2.5], ['verweigert', 2.5], ['gebühr', 2],
    ['unzufrieden', 3], ['nicht zufriedenstellend', 3], ['ihre antwort', 1], ['ihr schreiben vom', 1.5], ['rechtswidrig*', 2],
    ['ohne meine einwilligung', 1.5], ['datenpanne', 2], ['verstoß', 1.5],
  ],
  followUp: [
    ['keine antwort erhalten', 3], ['keine antwort von ihnen', 3], ['frist ~ überschritten', 2.5],
    ['neuigkeiten', 2.5], ['gibt es schon', 1.5],
    ['wie der stand ist', 2.5], ['stand der bearbeitung', 2.5], ['ich hatte ihnen', 2], ['bis wann', 1.5], ['eingangsbestätigung', 1.5],
    ['wie gewünscht', 2.5], ['wie angefordert', 2.5], ['kopie meines ausweis*', 2], ['identitätsnachweis', 2], ['noch nichts gehört', 3], ['keine rückmeldung', 3], ['wann kann ich', 2],
    ['meine anfrage vom', 2.5], ['mein schreiben vom', 2.5], ['mein antrag vom', 2.5], ['habe ich ihnen', 1.5], ['abgelaufen', 1.5], ['verstrichen', 1.5],
    ['erinnerung', 3], ['mahnung', 2.5], ['erneut', 1.5], ['nochmals', 1.5], ['keine antwort', 3], ['noch keine antwort', 3],
    ['bisher keine', 2.5], ['noch nicht beantwortet', 3], ['frist ist abgelaufen', 3], ['frist abgelaufen', 3], ['fristablauf', 2.5],
    ['zweite anfrage', 3], ['nachfrage', 2], ['sachstand', 2], ['warte noch', 2.5], ['warte weiterhin', 2.5], ['nicht reagiert', 2.5],
  ],
  conditional: ['behalte ich mir', 'behalte mir', 'vorbehalten', 'andernfalls', 'anderenfalls', 'ansonsten', 'sollten sie', 'falls sie', 'wenn sie nicht', 'behält sich', 'sonst'],
  regulator: [
    ['beschwerdeführer*', 3], ['aktenzeichen', 2], ['geschäftszeichen', 2], ['hat sich bei uns beschwert', 4], ['an uns gewandt', 3],
    ['anhörung', 2], ['bitten wir sie um stellungnahme', 3], ['stellungnahme', 1.5], ['aufsichtsbehördliche', 2], ['eingabe', 1.5],
  ],
  privacy: [
    ['aufbewahrungsfrist', 1.5], ['wie lange speichern sie', 1.5], ['wie lange bewahren sie', 1.5],
    ['datenschutzerklärung', 1.5], ['speicherdauer', 1.5],
    ['an dritte', 1.5], ['dritten', 1], ['weitergeben', 1.5], ['cookies', 1.5], ['meine e-mail-adresse', 1], ['tracking', 1],
    ['personenbezogene* daten', 1.5], ['personendaten', 1.5], ['datenschutz', 1.5], ['meine daten', 1], ['dsgvo', 1], ['betroffene* person', 1],
  ],
  inquiry: [
    ['ich habe eine frage', 3], ['frage zu', 2], ['können sie mir sagen', 2], ['wie lange', 1.5], ['geben sie', 0.5],
    ['verkaufen sie', 2.5], ['gibt es', 1.5], ['wo finde ich', 2], ['würde gerne wissen', 1.5],
  ],
  demand: ['ich beantrage', 'beantrage ich', 'ich bitte', 'bitte löschen', 'ich verlange', 'ich fordere', 'hiermit', 'ersuche ich', 'ich möchte'],
  notPrivacy: [
    ['zahlungserinnerung', 3], ['offene rechnung', 3],
    ['bewerbung', 3], ['lebenslauf', 3], ['anschreiben', 2], ['stellenanzeige', 2],
    ['rechnung', 2], ['klicken sie hier', 2], ['um sich abzumelden', 3], ['abwesenheitsnotiz', 3], ['automatische antwort', 3],
    ['ihre bestellung', 1.5], ['angebot', 1], ['gewinnspiel', 2], ['rabatt', 1.5], ['unzustellbar', 3],
  ],
  child: [
    ['mein kind', 3], ['meine tochter', 3], ['mein sohn', 3], ['meines kindes', 3], ['meiner tochter', 3], ['meines sohnes', 3],
    ['minderjährig*', 2], ['eltern', 1.5], ['erziehungsberechtigt*', 2], ['unter 13', 3], ['unter 16', 3], ['kinder', 1],
  ],
  places: {
    eu: [
      ['deutschland', 3], ['österreich', 3], ['frankreich', 3], ['italien', 3], ['spanien', 3], ['niederlande', 3], ['belgien', 3],
      ['polen', 3], ['schweden', 3], ['dänemark', 3], ['finnland', 3], ['irland', 3], ['luxemburg', 3], ['tschechien', 3],
      ['ungarn', 3], ['griechenland', 3], ['rumänien', 3], ['kroatien', 3], ['slowakei', 3], ['slowenien', 3], ['bulgarien', 3],
      ['norwegen', 3], ['europäische union', 1],
    ],
    uk: [['vereinigtes königreich', 3], ['großbritannien', 3], ['england', 3], ['schottland', 3], ['nordirland', 3]],
    // Swiss usage: the FADP's own term, and greetings written without ß (Swiss spelling has none).
    ch: [['schweiz', 3], ['eidgenossenschaft', 3], ['personendaten', 1], ['freundliche grüsse', 1], ['gruss', 1]],
    'us-other': [['vereinigte staaten', 1.5]],
    other: [['brasilien', 3], ['kanada', 3], ['australien', 3], ['indien', 3], ['mexiko', 3]],
  },
  replyPrefixes: ['aw', 'wg', 'antw', 'wtr'],
  forwardPrefixes: ['wg', 'wtr'],
  refLabels: ['aktenzeichen', 'az', 'geschäftszeichen', 'unser zeichen', 'ihr zeichen', 'vorgangsnummer', 'beschwerdenummer'],
  nameLabels: ['name', 'vorname', 'nachname', 'vor- und nachname'],
  emailLabels: ['e-mail', 'email', 'e-mail-adresse'],
  stopwords: ['und', 'der', 'die', 'das', 'ich', 'sie', 'nicht', 'mit', 'ist', 'mir', 'meine', 'bitte', 'über', 'zu', 'ein', 'eine'],
};
