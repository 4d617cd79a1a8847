// Portuguese: RGPD headings used in Portugal (direito de acesso, retificação, apagamento /
// «direito a ser esquecido», limitação do tratamento, portabilidade, oposição, retirada do
// consentimento) and Brazil's LGPD Art. 18 rights (confirmação, correção, anonimização, bloqueio,
// eliminação, revogação do consentimento).
import type { LanguageVocab } from './types';

export const pt: LanguageVocab = {
  lang: 'pt',
  rights: {
    access: [
      ['que dados vocês têm', 3], ['que dados têm', 3],
      ['direito de acesso', 5], ['pedido de acesso', 4], ['acesso aos meus dados', 4], ['acesso aos dados', 3], ['cópia dos meus dados', 3],
      ['confirmação da existência de tratamento', 4], ['quais dados', 2], ['acesso', 1.5],
    ],
    rectification: [
      ['atualizar os meus dados', 3], ['atualizar meus dados', 3], ['dados corretos', 2.5],
      ['retificação', 4], ['retificar', 4], ['direito de retificação', 5], ['correção de dados', 4], ['correção', 2.5], ['corrigir', 3],
      ['incompletos, inexatos ou desatualizados', 4], ['inexat*', 2], ['desatualizad*', 2],
    ],
    erasure: [
      ['apaguem', 3], ['excluam', 3],
      ['apagamento', 4], ['direito ao apagamento', 5], ['direito a ser esquecido', 5], ['direito ao esquecimento', 5], ['eliminação', 3],
      ['eliminar', 3], ['exclusão', 3], ['excluir', 3], ['apagar', 3], ['anonimização', 2],
    ],
    restriction: [['limitação do tratamento', 5], ['direito à limitação', 5], ['limitar o tratamento', 5], ['bloqueio', 2.5], ['limitação', 2], ['não apaguem', 4], ['não apagar', 4], ['não eliminem', 4], ['não excluam', 4]],
    portability: [['portabilidade', 5], ['direito de portabilidade', 6], ['formato estruturado', 3], ['leitura automática', 3], ['uso corrente', 2], ['exportar os meus dados', 4], ['exportar meus dados', 4]],
    objection: [
      ['remover da lista', 4], ['lista de emails', 2], ['lista de e-mails', 2],
      ['oposição', 3], ['oponho-me', 4], ['me oponho', 4], ['direito de oposição', 5], ['marketing direto', 3], ['publicidade', 1.5],
      ['descadastr*', 3], ['cancelar a subscrição', 3], ['não desejo receber', 3], ['definição de perfis', 1],
    ],
    'withdraw-consent': [
      ['revog* ~ consentimento', 4.5], ['retir* ~ consentimento', 4.5],
      ['revogo ~ consentimento', 5], ['retiro ~ consentimento', 5],
      ['revogo _ consentimento', 5], ['revogo o meu consentimento', 5], ['revogação do consentimento', 5], ['retiro _ consentimento', 5],
      ['retirar _ consentimento', 5], ['retirada do consentimento', 5], ['consentimento', 0.5],
    ],
    'sale-share-opt-out': [['venda dos meus dados', 4], ['não vendam', 4], ['vender meus dados', 4], ['compartilhem meus dados', 3]],
    'shine-the-light': [['lista das empresas', 2.5], ['repassaram meus dados', 2.5], ['para propaganda', 2]],
  },
  complaint: [
    ['não é aceitável', 2.5],
    ['reclamação formal', 4], ['queixa formal', 4],
    ['apesar do meu pedido', 3],
    ['apresento uma reclamação', 4], ['apresento reclamação', 4], ['quero reclamar', 4],
    ['inaceitável', 2.5], ['vazamento', 2.5], ['fuga de dados', 2.5], ['reclamação à', 3],
    ['suficientemente', 2], ['de forma suficiente', 2.5], ['cobrar', 1.5], ['vossa resposta', 1],
    ['reclamação', 2.5], ['queixa', 2.5], ['insatisfeit*', 3], ['incomplet*', 2.5], ['recusad*', 2], ['recusa', 2], ['insuficiente', 2.5],
    ['sua resposta', 1], ['ilícit*', 2], ['sem o meu consentimento', 1.5], ['violação de dados', 2],
  ],
  followUp: [
    ['advertência', 2], ['não recebi uma resposta', 3], ['portanto, excedido', 2.5],
    ['em que ponto', 2.5], ['ponto de situação', 2.5], ['estado do meu pedido', 3], ['alguma novidade', 2.5],
    ['conforme solicitado', 2.5], ['como pediram', 2.5], ['como solicitado', 2.5], ['cartão de cidadão', 2], ['ainda não recebi', 3], ['quando posso', 2],
    ['enviei', 2], ['o meu pedido de', 1.5], ['expirou', 1.5],
    ['lembrete', 3], ['segundo pedido', 3], ['sem resposta', 3], ['nenhuma resposta', 3], ['não recebi resposta', 3], ['não obtive resposta', 3],
    ['ainda não', 2], ['novamente', 1.5], ['prazo expirou', 3], ['prazo terminou', 3], ['reitero', 2.5],
  ],
  conditional: ['reservo-me', 'caso contrário', 'de outro modo', 'se não', 'na falta de', 'reserva-se', 'se reserva'],
  regulator: [['reclamante', 3], ['processo n', 2], ['ofício', 2], ['titular reclamante', 3], ['instrução do processo', 3]],
  privacy: [
    ['prazo de conservação', 1.5], ['período de conservação', 1.5], ['quanto tempo guardam', 1.5], ['quanto tempo conservam', 1.5],
    ['política de privacidade', 1.5], ['conservação', 1], ['armazenad*', 1],
    ['terceiros', 1.5], ['partilh*', 1.5], ['compartilh*', 1.5], ['cookies', 1.5], ['meu e-mail', 1], ['guardam', 1],['dados pessoais', 1.5], ['proteção de dados', 1.5], ['privacidade', 1], ['meus dados', 1], ['titular dos dados', 1.5]],
  inquiry: [['tenho uma pergunta', 3], ['pergunta sobre', 2], ['poderiam dizer-me', 2], ['quanto tempo', 1.5], ['vendem', 2], ['onde posso', 2], ['gostaria de saber', 1.5], ['tenho uma dúvida', 3], ['dúvida', 2]],
  demand: ['solicito', 'peço', 'venho ~ pedir', 'venho ~ solicitar', 'venho por este meio', 'requeiro', 'exijo', 'pretendo exercer', 'exercer o meu direito', 'pelo presente'],
  notPrivacy: [
    ['pagamento em atraso', 3], ['fatura vencida', 3],
    ['currículo', 3], ['carta de apresentação', 3],
    ['fatura', 2], ['clique aqui', 2], ['para cancelar a subscrição', 3], ['resposta automática', 3], ['fora do escritório', 3],
    ['promoção', 1.5], ['sua encomenda', 1.5], ['seu pedido', 1.5],
  ],
  child: [['meu filho', 3], ['minha filha', 3], ['menor de idade', 2.5], ['menores', 1.5], ['pais', 1], ['crianças', 1]],
  places: {
    eu: [
      ['portugal', 3], ['espanha', 3], ['alemanha', 3], ['frança', 3], ['itália', 3], ['países baixos', 3], ['bélgica', 3],
      ['irlanda', 3], ['luxemburgo', 3], ['união europeia', 1],
      // Words of Portugal's Portuguese, not Brazil's: a weak sign of a requester in the EU.
      ['telemóvel', 1.5], ['convosco', 1.5], ['morada', 1],
    ],
    uk: [['reino unido', 3], ['inglaterra', 3]],
    ch: [['suíça', 3]],
    'us-other': [['estados unidos', 1.5]],
    // Brazil's taxpayer number and word for a mobile phone: weak signs of a Brazilian requester.
    other: [['brasil', 3], ['angola', 3], ['moçambique', 3], ['cabo verde', 3], ['cpf', 2], ['celular', 1]],
  },
  replyPrefixes: ['res', 'enc', 'ref'],
  forwardPrefixes: ['enc'],
  refLabels: ['referência', 'processo n.º', 'processo nº', 'número do processo', 'protocolo', 'ofício n.º'],
  nameLabels: ['nome', 'nome completo'],
  emailLabels: ['e-mail', 'email', 'correio eletrónico', 'correio eletrônico'],
  stopwords: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'em', 'meus', 'para', 'com', 'não', 'uma', 'do', 'da', 'dos'],
};
