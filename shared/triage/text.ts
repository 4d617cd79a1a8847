// Preparing message text for triage: what the sender wrote now versus what they quoted, the
// sentences, and the signature block.

/** Crude but safe HTML to text for messages without a text part (no DOM in shared code). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ').replace(/&amp;/gi, '&').replace(/&lt;/gi, '<').replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"').replace(/&#x?([0-9a-f]+);/gi, (_, n: string) => {
      const code = /^[0-9]+$/.test(n) ? Number(n) : parseInt(n, 16);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    })
    .replace(/[ \t]+/g, ' ');
}

/** "From" as a quoted or forwarded message's header block writes it, in the supported languages. */
export const FROM_LABEL = '(?:from|von|de|da|van|od|från)';
const FROM_LINE = new RegExp(`^\\s*${FROM_LABEL}\\s*:`, 'i');

// Attribution lines that introduce a quoted earlier message, in the supported languages.
const ATTRIBUTION = [
  /^\s*on .{4,120} wrote:?\s*$/i, /^\s*am .{4,120} schrieb.{0,80}$/i, /^\s*le .{4,120} a écrit\s*:?\s*$/i,
  /^\s*el .{4,120} escribió\s*:?\s*$/i, /^\s*il .{4,120} ha scritto\s*:?\s*$/i, /^\s*op .{4,120} schreef.{0,80}$/i,
  /^\s*den .{4,120} skrev.{0,80}$/i, /^\s*w dniu .{4,120} pisze\s*:?\s*$/i, /^\s*em .{4,120} escreveu\s*:?\s*$/i,
  /^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|wiadomość oryginalna|mensagem original|ursprungligt meddelande)\s*-{2,}\s*$/i,
  new RegExp(`^\\s*${FROM_LABEL}\\s*:.{3,}$`, 'i'),
];

// The line mail programs put above a forwarded message, in the supported languages.
const FORWARD_MARKER = /^[\s-]*(forwarded message|begin forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|wiadomość przekazana|przekazana wiadomość|mensagem encaminhada|vidarebefordrat meddelande)\b/im;

/** Whether a message body carries a forwarded message (a colleague passing a request on). */
export function looksForwarded(text: string): boolean {
  return FORWARD_MARKER.test(text);
}

export interface SplitText {
  /** What the sender wrote in this message. */
  fresh: string;
  /** Quoted earlier messages ("> ..." lines and everything after an attribution line). */
  quoted: string;
}

export function splitQuoted(text: string): SplitText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fresh: string[] = [];
  const quoted: string[] = [];
  let inQuote = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // An attribution line (not the first line: "From:" at the top is a form field) starts the quote.
    if (!inQuote && i > 2 && fresh.some((l) => l.trim()) && ATTRIBUTION.some((re) => re.test(line))) {
      // "From: x" only counts as the start of a forwarded/quoted block when the next lines look like headers.
      if (FROM_LINE.test(line) && !/^\s*(sent|gesendet|envoyé|enviado|inviato|verzonden|wysłano|skickat|date|datum|to|an|à|para|a|aan|do|till|subject|betreff|objet|asunto|oggetto|onderwerp|temat|assunto|ämne)\s*:/i.test(lines[i + 1] ?? '')) {
        fresh.push(line);
        continue;
      }
      inQuote = true;
    }
    if (inQuote || /^\s*>/.test(line)) quoted.push(line.replace(/^\s*>+ ?/, ''));
    else fresh.push(line);
  }
  return { fresh: fresh.join('\n').trim(), quoted: quoted.join('\n').trim() };
}

/** Splits into sentences (good enough for finding conditional clauses). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n\s*\n/).map((s) => s.trim()).filter(Boolean);
}

/** The last non-empty lines of the fresh text: where a signature or sender block sits. */
export function signatureBlock(fresh: string, lines = 8): string {
  return fresh.split('\n').map((l) => l.trim()).filter(Boolean).slice(-lines).join('\n');
}

/** The first non-empty lines: where a regulator's letterhead and case reference sit. */
export function headBlock(fresh: string, lines = 6): string {
  return fresh.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, lines).join('\n');
}
