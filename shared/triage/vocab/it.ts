// Italian: GDPR / Codice privacy headings (diritto di accesso, rettifica, cancellazione / «diritto
// all'oblio», limitazione di trattamento, portabilità, opposizione, revoca del consenso), Garante
// wording, Swiss LPD in Italian.
import type { LanguageVocab } from './types';

export const it: LanguageVocab = {
  lang: 'it',
  rights: {
    access: [
      ['che dati avete', 3], ['quali dati avete', 3], ['dati avete su di me', 3],
      ['diritto di accesso', 5], ['richiesta di accesso', 4], ["concedere l'accesso", 3], ['accesso ai miei dati', 4],
      ['copia dei miei dati', 3], ['quali dati', 2], ['accesso', 1.5],
    ],
    rectification: [['rettifica', 4], ['rettificare', 4], ['diritto di rettifica', 5], ['correggere', 3], ['correzione', 2.5], ['inesatt*', 2], ['aggiornare', 1.5], ['corregg*', 3], ['sbagliat*', 2], ['aggiornare i miei dati', 3], ['dati corretti', 2.5]],
    erasure: [
      ['cancellate', 3],
      ['cancellazione', 4], ['diritto alla cancellazione', 5], ["diritto all'oblio", 4], ['cancellare', 3], ['eliminare', 3],
      ['eliminazione', 3], ['rimozione', 2],
    ],
    restriction: [['limitazione del trattamento', 5], ['limitazione di trattamento', 5], ['diritto di limitazione', 5], ['limitare il trattamento', 5], ['limitazione', 2], ['non cancellare', 4], ['non cancellate', 4], ['non eliminare', 4]],
    portability: [['portabilità', 5], ['diritto alla portabilità', 6], ['formato strutturato', 3], ['leggibile da dispositivo automatico', 3], ['uso comune', 2], ['esportare i miei dati', 4], ['esportazione dei miei dati', 4]],
    objection: [
      ['dalla mailing list', 4], ['cancellazione mailing list', 4],
      ['opposizione', 3], ['mi oppongo', 4], ['diritto di opposizione', 5], ['marketing diretto', 3], ['pubblicità', 1.5],
      ['disiscri*', 3], ['non desidero ricevere', 3], ['comunicazioni commerciali', 2.5], ['profilazione', 1],
    ],
    'withdraw-consent': [
      ['non autorizzo più', 4], ['non acconsento più', 4],
      ['revoc* ~ consenso', 4.5], ['ritir* ~ consenso', 4.5],
      ['revoco ~ consenso', 5], ['revocare ~ consenso', 5], ['ritiro ~ consenso', 5],
      ['revoco _ consenso', 5], ['revoco il mio consenso', 5], ['revoca del consenso', 5], ['revocare _ consenso', 5], ['ritiro _ consenso', 5],
      ['consenso', 0.5],
    ],
    'sale-share-opt-out': [['vendita dei miei dati', 4], ['non vendere', 4]],
    'shine-the-light': [],
  },
  complaint: [
    ['non è accettabile', 2.5],
    ['reclamo formale', 4],
    ['nonostante la mia richiesta', 3],
    ['presento reclamo', 4], ['sporgo reclamo', 4], ['voglio lamentarmi', 4],
    ['inaccettabile', 2.5], ['reclamo al garante', 4], ['segnalazione al garante', 4], ['fuga di dati', 2.5],
    ['sufficientemente', 2], ['in modo sufficiente', 2.5], ['vostra risposta del', 1.5], ['addebitare', 1.5],
    ['reclamo', 2.5], ['lamentela', 2.5], ['insoddisfatt*', 3], ['incomplet*', 2.5], ['rifiut*', 2], ['non soddisfacente', 3],
    ['insufficient*', 2.5], ['vostra risposta', 1], ['illecit*', 2], ['senza il mio consenso', 1.5], ['violazione dei dati', 2],
  ],
  followUp: [
    ['ammonizione', 3], ['stato superato', 2.5],
    ['a che punto', 2.5], ['stato della mia richiesta', 3],
    ['come richiesto', 2.5], ['come da vostra richiesta', 2.5], ['copia del documento', 2], ['non ho ancora ricevuto', 3], ['quando posso', 2],
    ['vi ho inviato', 2.5], ['vi ho scritto', 2], ['la mia richiesta del', 2], ['scaduto', 1.5],
    ['sollecito', 3], ['promemoria', 2.5], ['seconda richiesta', 3], ['nessuna risposta', 3], ['senza risposta', 3],
    ['non ho ricevuto', 2.5], ['nuovamente', 1.5], ['di nuovo', 1], ['termine è scaduto', 3], ['termine scaduto', 3], ['ancora in attesa', 3],
  ],
  conditional: ['mi riservo', 'altrimenti', 'in caso contrario', 'qualora non', 'se non', 'si riserva', 'in difetto'],
  regulator: [['reclamante', 3], ['segnalazione', 2], ['fascicolo', 2], ['istruttoria', 2], ['richiesta di informazioni', 1.5], ['nostro riferimento', 2]],
  privacy: [
    ['periodo di conservazione', 1.5], ['tempi di conservazione', 1.5], ['per quanto tempo conservate', 1.5],
    ['informativa sulla privacy', 1.5], ['informativa privacy', 1.5], ['conservazione', 1], ['conservati', 1], ['privacy', 1],
    ['terzi', 1.5], ['condividete', 1.5], ['cookie', 1.5], ['il mio indirizzo e-mail', 1], ['conservate', 1],['dati personali', 1.5], ['protezione dei dati', 1.5], ['riservatezza', 1], ['miei dati', 1], ['trattamento', 0.5]],
  inquiry: [
    ['ho un dubbio', 3],
    ['quanto tempo', 1.5],
    ['ho una domanda', 3], ['domanda su', 2], ['potreste dirmi', 2], ['per quanto tempo', 1.5], ['vendete', 2.5], ['dove posso', 2],
    ['vorrei sapere', 1.5],
  ],
  demand: ['chiedo', 'richiedo', 'con la presente', 'vi prego', 'esercito il diritto', 'intendo esercitare', 'vi chiedo'],
  notPrivacy: [
    ['sollecito di pagamento', 3], ['sollecito pagamento', 3], ['pagamento', 1.5],
    ['candidatura', 3], ['lettera di presentazione', 3], ['il mio cv', 2.5],
    ['fattura', 2], ['clicca qui', 2], ["per annullare l'iscrizione", 3], ['risposta automatica', 3], ['fuori ufficio', 3],
    ['offerta', 1.5], ['il tuo ordine', 1.5], ['promozione', 1.5],
  ],
  child: [['mio figlio', 3], ['mia figlia', 3], ['minore', 2], ['minorenne', 2.5], ['genitori', 1.5], ['meno di 14 anni', 3], ['bambini', 1]],
  places: {
    eu: [
      ['italia', 3], ['germania', 3], ['francia', 3], ['spagna', 3], ['paesi bassi', 3], ['belgio', 3], ['polonia', 3], ['svezia', 3],
      ['irlanda', 3], ['austria', 3], ['unione europea', 1], ['spazio economico europeo', 1],
    ],
    uk: [['regno unito', 3], ['inghilterra', 3], ['scozia', 3]],
    ch: [['svizzera', 3], ['canton ticino', 3]],
    'us-other': [['stati uniti', 1.5]],
    other: [['brasile', 3], ['argentina', 3], ['canada', 3]],
  },
  replyPrefixes: ['r', 'rif', 'i', 'inoltro'],
  forwardPrefixes: ['i', 'inoltro'],
  refLabels: ['riferimento', 'rif', 'numero di protocollo', 'protocollo', 'fascicolo n', 'pratica n', 'nostro riferimento'],
  nameLabels: ['nome', 'cognome', 'nome e cognome'],
  emailLabels: ['e-mail', 'email', 'posta elettronica'],
  stopwords: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'dei', 'miei', 'non', 'con', 'del', 'sono', 'gli', 'vostra'],
};
