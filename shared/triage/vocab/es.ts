// Spanish: RGPD/LOPDGDD headings (derecho de acceso, rectificación, supresión / «derecho al
// olvido», limitación del tratamiento, portabilidad, oposición, retirada del consentimiento) and
// the older ARCO terms (cancelación) still used by requesters and Latin American laws.
import type { LanguageVocab } from './types';

export const es: LanguageVocab = {
  lang: 'es',
  rights: {
    access: [
      ['derecho a saber', 4],
      ['qué datos tienen', 3],
      ['derecho de acceso', 5], ['solicitud de acceso', 4], ['acceso a mis datos', 4], ['facilitar acceso', 3], ['faciliten acceso', 3],
      ['copia de mis datos', 3], ['qué datos', 2], ['acceso', 1.5],
    ],
    rectification: [
      ['actualizar mis datos', 3], ['datos correctos', 2.5], ['mal escrito', 2],
      ['erróneo*', 2], ['corrijan', 3],
      ['rectificación', 4], ['rectificar', 4], ['derecho de rectificación', 5], ['corregir', 3], ['corrección', 2.5], ['inexact*', 2],
      ['actualizar', 1.5],
    ],
    erasure: [
      ['borren', 3], ['borre', 2.5],
      ['supresión', 4], ['derecho de supresión', 5], ['derecho al olvido', 4], ['eliminar', 3], ['eliminación', 3], ['borrar', 3],
      ['borrado', 3], ['cancelación', 3], ['darme de baja de su base de datos', 3],
    ],
    restriction: [['limitación del tratamiento', 5], ['derecho a la limitación', 5], ['limitar el tratamiento', 5], ['limitación', 2], ['no borren', 4], ['no eliminen', 4], ['no los borren', 4], ['no borrar', 4]],
    portability: [['portabilidad', 5], ['derecho a la portabilidad', 6], ['formato estructurado', 3], ['lectura mecánica', 3], ['uso común', 2], ['exportar mis datos', 4]],
    objection: [
      ['denme de baja', 3], ['dejen de mandarme', 3], ['dejen de enviarme', 3],
      ['oposición', 3], ['me opongo', 4], ['derecho de oposición', 5], ['mercadotecnia directa', 3], ['publicidad', 1.5],
      ['darme de baja', 3], ['baja de la lista', 3], ['no deseo recibir', 3], ['comunicaciones comerciales', 2.5], ['elaboración de perfiles', 1],
    ],
    'withdraw-consent': [
      ['retir* ~ consentimiento', 4.5], ['revoc* ~ consentimiento', 4.5],
      ['retiro ~ consentimiento', 5], ['revoco ~ consentimiento', 5], ['retirar ~ consentimiento', 5],
      ['retiro _ consentimiento', 5], ['retirar _ consentimiento', 5], ['revoco _ consentimiento', 5], ['retirada del consentimiento', 5],
      ['revocación del consentimiento', 5], ['consentimiento', 0.5],
    ],
    'sale-share-opt-out': [['venta de mis datos', 4], ['no vendan', 4], ['vender mis datos', 4], ['compartan mis datos', 3], ['pasen mis datos', 3]],
    'shine-the-light': [['su propio marketing', 4], ['sus propios fines de marketing', 4]],
  },
  complaint: [
    ['no es aceptable', 2.5],
    ['queja formal', 4], ['reclamación formal', 4], ['constancia de mi queja', 4], ['constancia formal de mi queja', 4],
    ['a pesar de mi solicitud', 3], ['pese a mi solicitud', 3],
    ['presento una queja', 4], ['presento una reclamación', 4], ['interpongo una reclamación', 4], ['quiero quejarme', 4],
    ['inaceptable', 2.5], ['filtración', 2.5], ['persona equivocada', 3], ['reclamación ante', 3],
    ['suficientemente', 2], ['de manera suficiente', 2.5], ['su respuesta del', 1.5], ['cobrar', 1.5],
    ['reclamación', 2.5], ['queja', 2.5], ['insatisfech*', 3], ['incomplet*', 2.5], ['denegad*', 2.5], ['rechazad*', 2],
    ['no ha sido atendida', 3], ['insuficiente', 2.5], ['su respuesta', 1], ['ilícit*', 2], ['sin mi consentimiento', 1.5],
    ['brecha de seguridad', 2],
  ],
  followUp: [
    ['amonestación', 3], ['no recibí respuesta', 3], ['por lo tanto excedido', 2.5],
    ['en qué estado', 2.5], ['estado de mi solicitud', 3], ['alguna novedad', 2.5],
    ['como me pidieron', 2.5], ['como solicitaron', 2.5], ['según lo solicitado', 2.5], ['copia de mi dni', 2], ['foto del dni', 2], ['para cuándo', 2], ['no he recibido', 2.5],
    ['les envié', 2.5], ['le envié', 2.5], ['mi solicitud del', 2], ['vencido', 1.5],
    ['recordatorio', 3], ['segunda solicitud', 3], ['sin respuesta', 3], ['no he recibido respuesta', 3], ['ninguna respuesta', 3],
    ['todavía no', 2], ['aún no', 2], ['de nuevo', 1], ['nuevamente', 1.5], ['plazo ha vencido', 3], ['plazo vencido', 3], ['reitero', 2.5],
  ],
  conditional: ['me reservo', 'en caso contrario', 'de lo contrario', 'en otro caso', 'si no', 'si ustedes no', 'se reserva'],
  regulator: [
    ['reclamante', 3], ['expediente', 2], ['traslado de la reclamación', 4], ['procedimiento', 1], ['requerimiento de información', 3],
  ],
  privacy: [
    ['plazo de conservación', 1.5], ['periodo de conservación', 1.5], ['cuánto tiempo conservan', 1.5], ['cuánto tiempo guardan', 1.5],
    ['política de privacidad', 1.5], ['conservación', 1],
    ['terceros', 1.5], ['compartir mis', 1.5], ['cookies', 1.5], ['mi correo electrónico', 1], ['conservan', 1],['datos personales', 1.5], ['protección de datos', 1.5], ['privacidad', 1], ['mis datos', 1], ['datos de carácter personal', 1.5]],
  inquiry: [
    ['tengo una pregunta', 3], ['pregunta sobre', 2], ['podrían decirme', 2], ['cuánto tiempo', 1.5], ['venden', 2], ['dónde puedo', 2],
    ['quisiera saber', 1.5], ['me gustaría saber', 1.5],
  ],
  demand: ['solicito', 'les pido', 'le pido', 'por la presente', 'les ruego', 'exijo', 'requiero', 'deseo ejercer', 'ejercer mi derecho'],
  notPrivacy: [
    ['pago pendiente', 3], ['factura duplicada', 2.5], ['retraso en la entrega', 2.5],
    ['currículum', 3], ['carta de presentación', 3], ['mi cv', 2.5],
    ['factura', 2], ['haga clic aquí', 2], ['para darse de baja', 3], ['respuesta automática', 3], ['fuera de la oficina', 3],
    ['oferta', 1.5], ['su pedido', 1.5], ['promoción', 1.5],
  ],
  child: [['mi hijo', 3], ['mi hija', 3], ['menor de edad', 2.5], ['menores', 1.5], ['padres', 1.5], ['menos de 14 años', 3], ['niños', 1]],
  places: {
    eu: [
      ['españa', 3], ['alemania', 3], ['francia', 3], ['italia', 3], ['países bajos', 3], ['bélgica', 3], ['polonia', 3], ['suecia', 3],
      ['irlanda', 3], ['austria', 3], ['unión europea', 1], ['espacio económico europeo', 1],
      // Only Spain addresses a company as vosotros (Latin America writes ustedes).
      ['vuestra', 1.5], ['vuestro', 1.5], ['vuestros', 1.5], ['vuestras', 1.5],
    ],
    uk: [['reino unido', 3], ['inglaterra', 3], ['escocia', 3]],
    ch: [['suiza', 3]],
    'us-other': [['estados unidos', 1.5], ['ee. uu.', 1.5], ['eeuu', 1.5]],
    other: [
      ['méxico', 3], ['argentina', 3], ['colombia', 3], ['chile', 3], ['perú', 3], ['venezuela', 3], ['ecuador', 3], ['uruguay', 3],
      ['brasil', 3],
    ],
  },
  replyPrefixes: ['rv', 'res', 'reenviar'],
  forwardPrefixes: ['rv', 'reenviar'],
  refLabels: ['referencia', 'n.º de expediente', 'expediente', 'número de expediente', 'número de referencia', 'nuestra referencia'],
  nameLabels: ['nombre', 'nombre completo', 'nombre y apellidos'],
  emailLabels: ['correo electrónico', 'correo', 'e-mail', 'email'],
  stopwords: ['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'mis', 'por', 'para', 'con', 'les', 'una', 'del', 'se'],
};
