// Who the request is really from: the From address, unless the mail is a web-form relay (then
// the form's Name/E-mail fields), an authorised agent ("on behalf of ..."), or a regulator's
// notice naming the complainant.
import { FROM_LABEL } from './text';
import type { MailAddress, Requester } from './types';
import { VOCABULARIES } from './vocab/index';

const RELAY_LOCALPART = /^(no-?reply|do-?not-?reply|wordpress|forms?|webforms?|website|www|notifications?|mailer|contact-?form|typeform|jotform)$/i;
const AGENT_RE = /(?:on behalf of|im auftrag von|im namen von|au nom de|pour le compte de|en nombre de|en representación de|per conto di|a nome di|namens|w imieniu|em nome de|på uppdrag av)\s+((?:\p{Lu}[\p{L}'’-]+[ \t]?){2,4})/u;
const CONCERN_RE = /^\s*((?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+) has (?:raised a concern|complained|made a complaint)/mu;
const COMPLAINANT_RE = /(?:complainant|beschwerdeführer(?:in)?|plaignant(?:e)?|reclamante|klager|skarżąc[ya]|klagande)\s*:\s*((?:\p{Lu}[\p{L}'’.-]+[ \t]?){1,4})/iu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NAME_LABELS = [...new Set(VOCABULARIES.flatMap((v) => v.nameLabels))].sort((a, b) => b.length - a.length);
const EMAIL_LABELS = [...new Set(VOCABULARIES.flatMap((v) => v.emailLabels))].sort((a, b) => b.length - a.length);
const NAME_FIELD = new RegExp(`^\\s*(?:${NAME_LABELS.map(escape).join('|')})\\s*:\\s*(.{2,80})$`, 'imu');
const EMAIL_FIELD = new RegExp(`^\\s*(?:${EMAIL_LABELS.map(escape).join('|')})\\s*:\\s*<?([^\\s<>@]+@[^\\s<>]+?)>?\\s*$`, 'imu');

// The sender line of a forwarded message's header block, as mail programs write it in each language.
const FORWARDED_FROM = new RegExp(`^\\s*${FROM_LABEL}\\s*:\\s*(.+)$`, 'imu');

/** Who wrote a forwarded message: its own "From:" line, not the colleague who passed it on. */
export function forwardedSender(forwarded: string): MailAddress | null {
  const line = forwarded.match(FORWARDED_FROM)?.[1]?.trim();
  const email = line?.match(/<?([^\s<>"@]+@[^\s<>"]+?)>?$/)?.[1];
  if (!line || !email) return null;
  const name = line.slice(0, line.lastIndexOf(email)).replace(/[<"\s]+$/, '').replace(/^"/, '').trim();
  return { name, email: email.toLowerCase() };
}

export function isRelaySender(from: MailAddress | null, to: MailAddress[]): boolean {
  if (!from?.email) return true;
  const [local, domain] = from.email.split('@');
  if (RELAY_LOCALPART.test(local ?? '')) return true;
  return to.some((t) => t.email.split('@')[1] === domain && t.email !== from.email);
}

export function findRequester(from: MailAddress | null, to: MailAddress[], subject: string, fresh: string, fromRegulator: boolean): Requester {
  const sender: MailAddress | undefined = from ? { name: from.name, email: from.email } : undefined;
  if (fromRegulator) {
    const named = fresh.match(COMPLAINANT_RE)?.[1] ?? fresh.match(CONCERN_RE)?.[1];
    return { name: named ? named.trim().replace(/\s*\($/, '') : null, email: null, source: 'regulator', agent: sender };
  }
  const agent = `${subject}\n${fresh}`.match(AGENT_RE);
  if (agent) {
    const email = fresh.match(/(?:e-?mail address is|e-?mail:?)\s*<?([^\s<>@]+@[^\s<>]*[A-Za-z0-9])>?/i)?.[1] ?? null;
    return { name: agent[1].trim(), email: email?.toLowerCase() ?? null, source: 'agent', agent: sender };
  }
  const formName = fresh.match(NAME_FIELD)?.[1]?.trim() ?? null;
  const formEmail = fresh.match(EMAIL_FIELD)?.[1]?.toLowerCase() ?? null;
  if (isRelaySender(from, to) && (formName || formEmail)) {
    return { name: formName, email: formEmail, source: 'form', agent: sender };
  }
  return { name: from?.name || formName || null, email: from?.email || formEmail || null, source: 'from' };
}
