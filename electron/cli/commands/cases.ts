// `dpo case new`, `dpo case show`, `dpo cases list`.
import type { CaseDetail, CaseSummary } from '../../../shared/contract/cases';
import { IsoDate } from '../../../shared/domain/dates';
import { REGIMES, REQUEST_TYPES, type Regime, type RequestType } from '../../../shared/domain/ids';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

function checkIds<T extends string>(values: string[], allowed: readonly T[], what: string): T[] {
  for (const v of values) if (!allowed.includes(v as T)) throw usageError(`Unknown ${what} "${v}". Use one of: ${allowed.join(', ')}.`);
  return values as T[];
}

export async function caseNewCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, {
    type: { type: 'string', multiple: true },
    regime: { type: 'string', multiple: true },
    received: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    tz: { type: 'string' },
    org: { type: 'string' },
    subject: { type: 'string' },
    jurisdiction: { type: 'string' },
    channel: { type: 'string' },
    json: { type: 'boolean' },
  });
  const missing = (['type', 'regime', 'received', 'name', 'email'] as const).filter((k) => !values[k] || (Array.isArray(values[k]) && !values[k].length));
  if (missing.length) throw usageError(`dpo case new needs ${missing.map((m) => `--${m}`).join(', ')}. Example: dpo case new --type access --regime gdpr --received 2026-03-02T09:15 --name "Ada Lovelace" --email ada@example.org`);
  const received = values.received!;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$/.test(received) || !IsoDate.safeParse(received.slice(0, 10)).success) {
    throw usageError(`"${received}" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time of the organisation).`);
  }
  const host = await openUnlocked(globals, io);
  try {
    const { ref } = await host.api['cases.create']({
      requestTypes: checkIds<RequestType>(list(values.type), REQUEST_TYPES, 'request type'),
      regimes: checkIds<Regime>(list(values.regime), REGIMES, 'regime'),
      receivedLocal: received,
      timeZone: values.tz,
      organisationId: values.org,
      subject: values.subject,
      jurisdiction: values.jurisdiction as never,
      channel: (values.channel ?? 'email') as never,
      requester: { name: values.name!, email: values.email! },
    });
    io.stdout(values.json ? JSON.stringify({ ref }) : `Opened case ${ref}.`);
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}

export async function caseShowCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw usageError('Usage: dpo case show REF [--json]');
  const host = await openUnlocked(globals, io);
  try {
    const detail = await host.api['cases.get']({ ref: positionals[0] });
    io.stdout(values.json ? JSON.stringify(detail) : describeCase(detail));
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}

export async function casesListCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, { overdue: { type: 'boolean' }, 'due-within': { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } });
  const asOf = values['as-of'];
  if (asOf !== undefined && !IsoDate.safeParse(asOf).success) throw usageError(`--as-of "${asOf}" is not a date: use YYYY-MM-DD.`);
  const within = values['due-within'];
  if (within !== undefined && !/^\d+$/.test(within)) throw usageError(`--due-within takes a whole number of days, not "${within}".`);
  const host = await openUnlocked(globals, io);
  try {
    const items: CaseSummary[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await host.api['cases.list']({ overdue: values.overdue, dueWithinDays: within === undefined ? undefined : Number(within), asOf, limit: 5000, offset });
      items.push(...page.items);
      if (items.length >= page.total || page.items.length === 0) break;
    }
    io.stdout(values.json ? JSON.stringify(items) : formatTable(items));
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}

function formatTable(items: CaseSummary[]): string {
  if (!items.length) return 'No cases.';
  const rows = items.map((c) => [c.ref, c.status, c.requestTypes.join(','), c.regime, c.receivedAt.slice(0, 10), c.dueAt ?? '—', c.overdue ? 'OVERDUE' : '', c.requester.name]);
  const header = ['REF', 'STATUS', 'TYPE', 'REGIME', 'RECEIVED', 'DUE', '', 'REQUESTER'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function describeCase(c: CaseDetail): string {
  const lines = [
    `${c.ref}  ${c.kind}  ${c.status}${c.overdue ? '  OVERDUE' : ''}`,
    `Requester:   ${c.requester.name} <${c.requester.email}>`,
    `Request:     ${c.requestTypes.join(', ')} under ${c.regimes.join(', ')} (${c.jurisdiction})`,
    `Received:    ${c.receivedAt} (${c.timeZone}) by ${c.channel}`,
    `Stage:       ${c.escalationStage}`,
    `Due:         ${c.dueAt ?? 'no statutory date computed'}`,
  ];
  for (const d of c.deadlines) {
    lines.push(`  ${d.governing ? '*' : ' '} ${d.kind.padEnd(18)} ${d.due ?? 'promptly'}  ${d.basis}`);
    for (const t of d.trace) lines.push(`        ${t}`);
  }
  lines.push('History:');
  for (const h of c.history) lines.push(`  ${h.at}  ${h.summary}`);
  return lines.join('\n');
}
