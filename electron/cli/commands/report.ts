// `dpo report --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json|pdf] [--out FILE] [--as-of YYYY-MM-DD]`:
// the cases received in the range and their metrics. JSON is {from, to, asOf, cases, metrics}; CSV
// is one row per case. Without --out it prints (PDF needs --out: it is not text).
import { writeFileSync } from 'node:fs';
import { IsoDate } from '../../../shared/domain/dates';
import { REPORT_FORMATS } from '../../../shared/contract/reports';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

type Format = (typeof REPORT_FORMATS)[number];

export async function reportCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } });
  const example = 'Example: dpo report --from 2025-01-01 --to 2025-12-31 --format csv';
  if (!values.from || !values.to) throw usageError(`dpo report needs --from and --to. ${example}`);
  for (const [flag, value] of [['--from', values.from], ['--to', values.to], ['--as-of', values['as-of']]] as const) {
    if (value !== undefined && !IsoDate.safeParse(value).success) throw usageError(`${flag} "${value}" is not a date: use YYYY-MM-DD.`);
  }
  if (values.from > values.to) throw usageError(`The range ends (${values.to}) before it starts (${values.from}).`);
  const format = (values.format ?? 'json') as Format;
  if (!REPORT_FORMATS.includes(format)) throw usageError(`--format takes ${REPORT_FORMATS.join(', ')}, not "${values.format}".`);
  if (format === 'pdf' && !values.out) throw usageError('A PDF report needs --out FILE.pdf.');
  const host = await openUnlocked(globals, io);
  try {
    const file = await host.api['reports.export']({ from: values.from, to: values.to, format, ...(values['as-of'] ? { asOf: values['as-of'] } : {}) });
    const bytes = Buffer.from(file.base64, 'base64');
    if (values.out) {
      writeFileSync(values.out, bytes, { mode: 0o600 });
      io.stderr(`Wrote ${values.out} (${bytes.length} bytes).`);
    } else {
      io.stdout(format === 'json' ? JSON.stringify(JSON.parse(bytes.toString('utf8'))) : bytes.toString('utf8'));
    }
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}
