// Reference numbers: our own case references ([DPO-2026-0042]) and other parties' case numbers
// (ICO "IC-222292-CNXX", BBB "DPF-47408", "Aktenzeichen: LDA-1085.3-1234/21").
import { matchesOf } from './match';
import { VOCABULARIES } from './vocab/index';

const CASE_REF_RE = /\bDPO-(\d{4})-(\d{3,6})\b/gi;

export function findCaseRefs(...texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of matchesOf(t, CASE_REF_RE)) out.add(`DPO-${m[1]}-${m[2]}`);
  return [...out];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LABELS = [...new Set(VOCABULARIES.flatMap((v) => v.refLabels))].sort((a, b) => b.length - a.length);
const LABELLED_RE = new RegExp(
  `(?<![\\p{L}])(?:${LABELS.map(escape).join('|')})\\.?\\s*(?:(?:no|nr|n[°º]|number|nummer|numéro|número)\\.?\\s*[:#]?|[:#])\\s*([A-Z0-9][A-Z0-9\\-/.]{2,40}[A-Z0-9])`,
  'giu',
);
const KNOWN_PATTERNS = [/\b(?:IC|ENF|INV|RFA)-\d{4,7}(?:-[A-Z0-9]{4})?\b/g, /\bDPF-\d{3,8}\b/g];

/** Other parties' reference numbers, in order of appearance, without our own DPO refs. */
export function findExternalRefs(...texts: string[]): string[] {
  const out: string[] = [];
  const add = (r: string) => {
    const ref = r.replace(/[.]+$/, '');
    if (!/\d/.test(ref) || /^DPO-\d{4}-/i.test(ref) || /^\d{1,4}$/.test(ref)) return;
    if (!out.includes(ref)) out.push(ref);
  };
  for (const t of texts) {
    for (const m of matchesOf(t, LABELLED_RE)) add(m[1]);
    for (const re of KNOWN_PATTERNS) for (const m of matchesOf(t, re)) add(m[0]);
  }
  return out;
}
