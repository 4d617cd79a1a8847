// `dpo deadline`: statutory deadlines for one regime and request type, without opening a workspace.
import { parseArgs } from 'node:util';
import { REGIMES, REQUEST_TYPES, type Regime, type RequestType } from '../../../shared/domain/ids';
import {
  computeDeadlines, DeadlineInputError, isCivilDate, parseOverrideValue, showDate,
  type ClockEvent, type Deadline, type RuleOverrides, type RuleValue,
} from '../../../shared/deadlines';

export interface DeadlineIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

const USAGE = `Usage: dpo deadline --regime R --type T --received YYYY-MM-DD[THH:MM] [--country CC or CC-SUB] [--tz ZONE]
                    [--extended] [--paused YYYY-MM-DD..YYYY-MM-DD]... [--override RULE=VALUE]... [--json]`;

class UsageProblem extends Error {}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, what: string): T {
  if (value === undefined) throw new UsageProblem(`Give the ${what} with ${flag}: one of ${allowed.join(', ')}.`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageProblem(`Unknown ${what} "${value}". Choose one of: ${allowed.join(', ')}.`);
  return value as T;
}

function pausesFrom(values: string[]): ClockEvent[] {
  return values.map((v) => {
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(v.trim());
    if (!m || !isCivilDate(m[1]) || !isCivilDate(m[2])) throw new UsageProblem(`"${v}" is not a pause: write it as YYYY-MM-DD..YYYY-MM-DD, for example 2026-03-05..2026-03-19.`);
    if (m[2] < m[1]) throw new UsageProblem(`The pause "${v}" ends before it starts.`);
    return { type: 'paused', from: m[1], to: m[2] } as const;
  });
}

function overridesFrom(values: string[]): RuleOverrides {
  const out: Record<string, RuleValue> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new UsageProblem(`"${v}" is not an override: write it as RULE=VALUE, for example dpf.arbitration.days=60.`);
    out[v.slice(0, eq)] = parseOverrideValue(v.slice(0, eq), v.slice(eq + 1));
  }
  return out;
}

function jsonOf(list: Deadline[]): string {
  const deadlines = list.map((d) => ({
    kind: d.kind, due: d.due, basis: d.basis, trace: d.trace, regime: d.regime, requestType: d.requestType,
    ...(d.governing ? { governing: true } : {}), ...(d.warning ? { warning: d.warning } : {}),
    ...(d.noFixedPeriod ? { noFixedPeriod: true } : {}), confidence: d.confidence,
  }));
  return `${JSON.stringify({ deadlines }, null, 2)}\n`;
}

function tableOf(list: Deadline[], regime: Regime, type: RequestType, received: string): string {
  const when = (d: Deadline) => (d.due === null ? (d.noFixedPeriod ? 'promptly (no date)' : 'no date') : showDate(d.due));
  const rows = list.map((d) => [`${d.kind}${d.governing ? ' *' : ''}`, when(d), d.confidence, d.basis]);
  const head = ['KIND', 'DUE', 'CONF', 'BASIS'];
  const widths = [0, 1, 2].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ').trimEnd();
  const out = [`Deadlines for a ${regime} ${type} request received ${received}`, '', line(head), ...rows.map(line), ''];
  if (list.some((d) => d.governing)) out.push('* governs: the earliest date by which the organisation must answer.', '');
  for (const d of list) {
    out.push(`${d.kind}: ${when(d)}${d.governing ? ' (governs)' : ''}`, `  Basis: ${d.basis}`);
    if (d.warning) out.push(`  Warning: ${d.warning}`);
    for (const step of d.trace) out.push(`  - ${step}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export async function deadlineCommand(argv: string[], io: DeadlineIo): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        regime: { type: 'string' }, type: { type: 'string' }, received: { type: 'string' },
        country: { type: 'string' }, tz: { type: 'string' }, extended: { type: 'boolean', default: false },
        paused: { type: 'string', multiple: true, default: [] }, override: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) { io.stdout(`${USAGE}\n`); return 0; }
    const regime = pick(values.regime, REGIMES, '--regime', 'regime');
    const requestType = pick(values.type, REQUEST_TYPES, '--type', 'request type');
    if (!values.received) throw new UsageProblem('Give the date of receipt with --received YYYY-MM-DD (or YYYY-MM-DDTHH:MM).');
    const events: ClockEvent[] = [...pausesFrom(values.paused), ...(values.extended ? [{ type: 'extension' } as const] : [])];
    const list = computeDeadlines({
      regime, requestType, receivedAt: values.received, timeZone: values.tz, country: values.country, events,
      overrides: overridesFrom(values.override),
    });
    io.stdout(values.json ? jsonOf(list) : tableOf(list, regime, requestType, values.received));
    return 0;
  } catch (err) {
    if (err instanceof UsageProblem || err instanceof DeadlineInputError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
