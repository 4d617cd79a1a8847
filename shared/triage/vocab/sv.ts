// Swedish: dataskyddsförordningen headings (rätt till tillgång / registerutdrag, rättelse,
// radering / «rätten att bli bortglömd», begränsning av behandling, dataportabilitet, rätt att
// göra invändningar, återkallande av samtycke), IMY wording.
import type { LanguageVocab } from './types';

export const sv: LanguageVocab = {
  lang: 'sv',
  rights: {
    access: [
      ['vilka uppgifter ni har', 3], ['kopia av mina uppgifter', 3],
      ['registerutdrag', 5], ['rätt till tillgång', 5], ['begäran om tillgång', 5], ['tillgång till mina personuppgifter', 4],
      ['kopia av mina personuppgifter', 3], ['vilka personuppgifter', 2.5], ['tillgång', 1.5],
    ],
    rectification: [['rättelse', 4], ['rätt till rättelse', 5], ['rätta', 2.5], ['felaktiga personuppgifter', 3], ['komplettering', 2], ['korrigera', 3], ['uppdatera mina uppgifter', 3], ['rätt uppgifter', 2.5], ['felstavat', 2]],
    erasure: [
      ['radering', 4], ['radera', 3.5], ['rätt till radering', 5], ['rätten att bli bortglömd', 5], ['bli bortglömd', 4], ['ta bort', 2.5],
      ['tas bort', 2.5],
    ],
    restriction: [['begränsning av behandling*', 5], ['rätt till begränsning', 5], ['begränsa behandlingen', 5], ['begränsning', 2], ['inte radera', 4], ['inte ta bort', 4]],
    portability: [['dataportabilitet', 5], ['rätt till dataportabilitet', 6], ['maskinläsbar*', 3], ['strukturerat', 2], ['exportera mina uppgifter', 4], ['exportera min data', 4]],
    objection: [
      ['sluta skicka', 3], ['reklam', 1.5],
      ['invändning', 3], ['invänder', 4], ['rätt att göra invändningar', 5], ['direktmarknadsföring', 3], ['marknadsföring', 1.5],
      ['avregistrera', 3], ['avsluta prenumerationen', 3], ['vill inte längre ta emot', 3], ['profilering', 1],
    ],
    'withdraw-consent': [
      ['återkall* ~ samtycke', 4.5],
      ['återkallar ~ samtycke', 5], ['drar ~ tillbaka ~ samtycke', 5],
      ['återkallar _ samtycke', 5], ['återkallar mitt samtycke', 5], ['återkalla mitt samtycke', 5], ['återkallande av samtycke', 5],
      ['drar tillbaka mitt samtycke', 5], ['samtycke', 0.5],
    ],
    'sale-share-opt-out': [['försäljning av mina', 4], ['inte sälja', 4]],
    'shine-the-light': [],
  },
  complaint: [
    ['oacceptab*', 2.5], ['inte acceptabelt', 2.5],
    ['framföra ett klagomål', 4], ['formellt klagomål', 4],
    ['trots min begäran', 3],
    ['vill klaga', 4], ['lämnar ~ klagomål', 4],
    ['ignorerade', 2.5],
    ['oacceptabelt', 2.5], ['dataläcka', 3], ['fel person', 3],
    ['tillräckligt', 2], ['avgift', 1.5], ['ert svar av den', 1.5],
    ['klagomål', 2.5], ['missnöjd', 3], ['ofullständig*', 2.5], ['nekat', 2], ['avslag', 2], ['otillräcklig*', 2.5], ['ert svar', 1],
    ['olaglig*', 2], ['utan mitt samtycke', 1.5], ['personuppgiftsincident', 2],
  ],
  followUp: [
    ['kontaktar jag er igen', 3], ['överskrids därför', 2.5],
    ['något nytt', 2.5],
    ['hur det går med', 2.5], ['status för mitt ärende', 3], ['något besked', 2],
    ['som begärt', 2.5], ['som ni bad om', 2.5], ['kopia på min legitimation', 2], ['inte fått svar', 3], ['när kan jag', 2],
    ['skickade jag', 2.5], ['min begäran av den', 2],
    ['påminnelse', 3], ['förmaning', 2.5], ['inget svar', 3], ['inte fått något svar', 3], ['ännu inte', 2], ['igen', 1], ['ånyo', 1.5],
    ['överskrids', 2], ['har gått ut', 1.5], ['andra begäran', 3],
  ],
  conditional: ['förbehåller', 'annars', 'om ni inte'],
  regulator: [['klagande', 3], ['diarienummer', 2.5], ['ärendenummer', 2.5], ['tillsyn', 1.5], ['yttrande', 2]],
  privacy: [
    ['lagringstid', 1.5], ['hur länge sparar ni', 1.5], ['hur länge lagrar ni', 1.5],
    ['integritetspolicy', 1.5], ['lagras', 1], ['lagrar ni', 1],
    ['tredje part', 1.5], ['delar ni', 1.5], ['kakor', 1.5], ['min e-postadress', 1], ['sparar ni', 1],['personuppgifter', 1.5], ['dataskydd', 1.5], ['integritet', 1], ['mina uppgifter', 1]],
  inquiry: [['jag har en fråga', 3], ['fråga om', 2], ['kan ni berätta', 2], ['hur länge', 1.5], ['säljer ni', 2.5], ['var hittar jag', 2], ['jag undrar', 2]],
  demand: ['jag begär', 'begär jag', 'härmed', 'jag vill', 'jag kräver', 'vänligen'],
  notPrivacy: [
    ['har förfallit', 3], ['betalningspåminnelse', 3],
    ['personligt brev', 3], ['mitt cv', 2.5], ['avregistrera dig', 2.5], ['nyhetsbrev', 1.5],
    ['faktura', 2], ['klicka här', 2], ['för att avsluta', 3], ['automatiskt svar', 3], ['frånvarande', 2], ['erbjudande', 1.5], ['din beställning', 1.5],
  ],
  child: [['mitt barn', 3], ['min dotter', 3], ['min son', 3], ['minderårig*', 2.5], ['föräldrar', 1.5], ['under 13 år', 3], ['barn', 1]],
  places: {
    eu: [
      ['sverige', 3], ['finland', 3], ['danmark', 3], ['tyskland', 3], ['frankrike', 3], ['spanien', 3], ['italien', 3], ['nederländerna', 3],
      ['polen', 3], ['irland', 3], ['norge', 3], ['europeiska unionen', 1],
    ],
    uk: [['storbritannien', 3], ['förenade kungariket', 3], ['england', 3]],
    ch: [['schweiz', 3]],
    'us-other': [['usa', 1.5]],
    other: [['brasilien', 3], ['kanada', 3]],
  },
  replyPrefixes: ['sv', 'vb', 'vs'],
  forwardPrefixes: ['vb'],
  refLabels: ['diarienummer', 'dnr', 'ärendenummer', 'ert ärende', 'vår beteckning'],
  nameLabels: ['namn', 'fullständigt namn'],
  emailLabels: ['e-post', 'epost', 'e-postadress'],
  stopwords: ['och', 'att', 'det', 'jag', 'som', 'en', 'är', 'av', 'för', 'på', 'med', 'till', 'mina', 'inte', 'ni', 'om'],
};
