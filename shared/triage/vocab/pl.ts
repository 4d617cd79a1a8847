// Polish: RODO headings (prawo dostępu, sprostowania, usunięcia / «prawo do bycia zapomnianym»,
// ograniczenia przetwarzania, przenoszenia danych, sprzeciwu, cofnięcie zgody), UODO wording.
// Polish inflects heavily, so stems (usunię*, sprostowa*) carry most phrases.
import type { LanguageVocab } from './types';

export const pl: LanguageVocab = {
  lang: 'pl',
  rights: {
    access: [
      ['kopię moich danych', 3],
      ['prawo dostępu', 5], ['żądam dostępu', 5], ['dostępu do moich danych', 4], ['dostęp do moich danych', 4], ['dostępu do danych', 3],
      ['kopi* moich danych', 3], ['kopię danych', 3], ['jakie dane', 2], ['dostęp*', 1.5],
    ],
    rectification: [['sprostowa*', 4], ['prawo do sprostowania', 5], ['poprawieni*', 3], ['poprawić', 3], ['nieprawidłow*', 2], ['aktualizacj*', 1.5], ['zaktualizować moje dane', 3], ['prawidłowe dane', 2.5]],
    erasure: [
      ['usunię*', 4], ['usunąć', 3.5], ['usuńcie', 3.5], ['prawo do usunięcia', 5], ['bycia zapomnianym', 4], ['prawo do bycia zapomnianym', 5],
      ['skasowa*', 3],
    ],
    restriction: [['ograniczeni* przetwarzania', 5], ['prawo do ograniczenia', 5], ['ograniczeni*', 1.5], ['nie usuwać', 4], ['nie usuwajcie', 4]],
    portability: [['przenoszeni* danych', 5], ['prawo do przenoszenia', 6], ['odczytu maszynowego', 3], ['ustrukturyzowanym', 3], ['eksport moich danych', 4], ['wyeksportować moje dane', 4]],
    objection: [
      ['sprzeciw*', 3.5], ['wnoszę sprzeciw', 5], ['prawo do sprzeciwu', 5], ['marketingu bezpośredniego', 3], ['marketing*', 1],
      ['wypisa*', 2.5], ['rezygnuj* z subskrypcji', 3], ['nie chcę otrzymywać', 3], ['profilowani*', 1],
    ],
    'withdraw-consent': [
      ['cofn* ~ zgod*', 4.5], ['wycof* ~ zgod*', 4.5], ['odwoł* ~ zgod*', 4.5],
      ['cofam ~ zgod*', 5], ['wycofuję ~ zgod*', 5], ['odwołuję ~ zgod*', 5],
      ['cofam zgodę', 5], ['cofnięci* zgody', 5], ['wycofuję zgodę', 5], ['wycofani* zgody', 5], ['odwołuję zgodę', 5], ['cofam _ zgodę', 5],
      ['zgod*', 0.5],
    ],
    'sale-share-opt-out': [['sprzedaż* moich danych', 4], ['nie sprzedawa*', 4]],
    'shine-the-light': [],
  },
  complaint: [
    ['nie do przyjęcia', 2.5],
    ['formaln* skarg*', 4],
    ['mimo mojej prośby', 3], ['pomimo mojej prośby', 3],
    ['składam skargę', 4], ['składam reklamację', 4], ['wnoszę skargę', 4],
    ['niepełn*', 2.5],
    ['niedopuszczalne', 2.5], ['wyciek', 2.5], ['skarga do', 3],
    ['w wystarczający sposób', 2.5], ['wystarczająco', 2], ['opłat*', 1.5], ['odpowiedź z dnia', 1.5],
    ['skarg*', 2], ['reklamacj*', 2], ['niezadowolon*', 3], ['niekompletn*', 2.5], ['odmow*', 2.5], ['odmówi*', 2.5], ['niewystarczając*', 2.5],
    ['państwa odpowiedź', 1], ['niezgodnie z prawem', 2], ['bez mojej zgody', 1.5], ['naruszeni* ochrony danych', 2],
  ],
  followUp: [
    ['na jakim etapie', 2.5], ['spodziewać się odpowiedzi', 2.5],
    ['zgodnie z prośbą', 2.5], ['skan dowodu', 2], ['kopię dowodu', 2], ['kiedy mogę', 2],
    ['wysłałem', 2], ['wysłałam', 2], ['moje żądanie z dnia', 2.5], ['upłynął', 1.5],
    ['przypomnieni*', 3], ['ponagleni*', 3], ['ponowni*', 1.5], ['brak odpowiedzi', 3], ['nie otrzymałem odpowiedzi', 3],
    ['nie otrzymałam odpowiedzi', 3], ['wciąż', 1], ['nadal nie', 2], ['termin upłynął', 3], ['upłynął termin', 3], ['drugie żądanie', 3],
  ],
  conditional: ['w przeciwnym razie', 'zastrzegam', 'jeżeli nie', 'jeśli nie', 'w razie braku', 'zastrzega'],
  regulator: [['skarżąc*', 3], ['znak sprawy', 2], ['sygnatur*', 2], ['postępowani*', 1.5], ['wyjaśnień', 1.5]],
  privacy: [
    ['jak długo przechowujecie', 1.5], ['jak długo przechowują państwo', 1.5],
    ['okres przechowywania', 1.5],
    ['osobom trzecim', 1.5], ['podmiotom trzecim', 1.5], ['pliki cookie', 1.5], ['mój adres e-mail', 1], ['przechowuj*', 1],['dane osobowe', 1.5], ['danych osobowych', 1.5], ['ochrony danych', 1.5], ['prywatnoś*', 1], ['moich danych', 1]],
  inquiry: [['mam pytanie', 3], ['pytanie dotyczące', 2], ['czy mogą państwo', 1.5], ['jak długo', 1.5], ['czy sprzedają', 2.5], ['gdzie mogę', 2], ['chciałbym wiedzieć', 1.5], ['chciałabym wiedzieć', 1.5]],
  demand: ['żądam', 'proszę', 'niniejszym', 'wnoszę', 'domagam się', 'zwracam się'],
  notPrivacy: [
    ['oferta współpracy', 3], ['przypomnienie o płatności', 3],
    ['list motywacyjny', 3], ['moje cv', 2.5], ['ogłoszenie o pracę', 3],
    ['faktur*', 2], ['kliknij tutaj', 2], ['aby zrezygnować z subskrypcji', 3], ['automatyczna odpowiedź', 3], ['poza biurem', 3],
    ['promocj*', 1.5], ['twoje zamówienie', 1.5], ['oferta', 1.5],
  ],
  child: [['moje dziecko', 3], ['mojego dziecka', 3], ['moja córka', 3], ['mojej córki', 3], ['mój syn', 3], ['mojego syna', 3], ['małoletni*', 2.5], ['rodzic*', 1.5], ['dzieci', 1]],
  places: {
    eu: [
      ['polska', 3], ['polsce', 3], ['niemcy', 3], ['francja', 3], ['hiszpania', 3], ['włochy', 3], ['holandia', 3], ['belgia', 3],
      ['szwecja', 3], ['irlandia', 3], ['austria', 3], ['czechy', 3], ['unia europejska', 1], ['unii europejskiej', 1],
    ],
    uk: [['wielka brytania', 3], ['zjednoczone królestwo', 3], ['anglia', 3], ['szkocja', 3]],
    ch: [['szwajcaria', 3]],
    'us-other': [['stany zjednoczone', 1.5]],
    other: [['brazylia', 3], ['kanada', 3], ['ukraina', 3]],
  },
  replyPrefixes: ['odp', 'pd', 'fw', 'prześlij'],
  forwardPrefixes: ['pd', 'fw', 'prześlij'],
  refLabels: ['znak sprawy', 'sygnatura', 'sygn', 'numer sprawy', 'nr sprawy'],
  nameLabels: ['imię i nazwisko', 'imię', 'nazwisko'],
  emailLabels: ['e-mail', 'email', 'adres e-mail'],
  stopwords: ['i', 'w', 'z', 'na', 'do', 'nie', 'się', 'że', 'jest', 'o', 'moich', 'państwa', 'oraz', 'lub', 'proszę', 'jak'],
};
