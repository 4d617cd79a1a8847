// The selected cases as a CSV file the DPO opens in a spreadsheet. Every field is quoted; a cell a
// spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, because requester
// names and subjects come from outside.
import type { CaseSummary } from '../../shared/contract/cases';
import { downloadBlob } from '../lib/download';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const COLUMNS: Array<[string, (c: CaseSummary) => string | boolean | null]> = [
  ['Ref', (c) => c.ref],
  ['Status', (c) => c.status],
  ['Kind', (c) => c.kind],
  ['Request types', (c) => c.requestTypes.join('; ')],
  ['Regime', (c) => c.regime],
  ['Regimes', (c) => c.regimes.join('; ')],
  ['Jurisdiction', (c) => c.jurisdiction],
  ['Received at', (c) => c.receivedAt],
  ['Time zone', (c) => c.timeZone],
  ['Due', (c) => c.dueAt],
  ['Overdue', (c) => c.overdue],
  ['Stage', (c) => c.escalationStage],
  ['Requester', (c) => c.requester.name],
  ['Requester email', (c) => c.requester.email],
  ['Organisation', (c) => c.organisationId],
  ['Subject', (c) => c.subject],
  ['Channel', (c) => c.channel],
];

/** RFC 4180: CRLF line ends, a header row, one row per case. */
export function casesCsv(cases: CaseSummary[]): string {
  const lines = [COLUMNS.map(([name]) => csvField(name)), ...cases.map((c) => COLUMNS.map(([, get]) => csvField(get(c))))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** Hands the text to the DPO as a download; the byte-order mark lets Excel read it as UTF-8. */
export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName);
}
