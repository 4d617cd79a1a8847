// dpo purge --as-of YYYY-MM-DD [--dry-run] [--certificate FILE.pdf] [--json]: the retention purge.
// --dry-run lists what falls due; without it, running the command is the confirmation.
import { resolve } from 'node:path';
import { IsoDate } from '../../../shared/domain/dates';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

export async function purgeCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, { 'as-of': { type: 'string' }, 'dry-run': { type: 'boolean' }, certificate: { type: 'string' }, json: { type: 'boolean' } });
  const asOf = values['as-of'];
  if (!asOf || !IsoDate.safeParse(asOf).success) throw usageError('Usage: dpo purge --as-of YYYY-MM-DD [--dry-run] [--certificate FILE.pdf] [--json]');
  const host = await openUnlocked(globals, io);
  try {
    const dryRun = values['dry-run'] ?? false;
    const preview = await host.api['retention.preview']({ asOf });
    const result = dryRun
      ? { asOf, dryRun, cases: preview.cases, purged: 0, certificate: null }
      : await host.api['retention.purge']({ asOf, ...(values.certificate ? { certificatePath: resolve(values.certificate) } : {}) });
    const cases = result.cases.map((c) => ({ ref: c.ref, closedAt: c.closedAt, deleteAfter: c.deleteAfter, organisationId: c.organisationId }));
    if (values.json) {
      io.stdout(JSON.stringify({ asOf, dryRun, cases, purged: result.purged, certificate: result.certificate }));
      return EXIT.ok;
    }
    if (result.cases.length === 0) io.stdout(`No closed case is due for deletion on ${asOf}.`);
    for (const c of result.cases) {
      io.stdout(`${c.ref}  closed ${c.closedAt}  kept ${c.retentionMonths} months${c.defaultRetention ? ` (default, no organisation)` : ''}  delete after ${c.deleteAfter}  ${c.organisationId ?? ''}`.trimEnd());
    }
    if (dryRun) io.stdout(`${result.cases.length} case(s) would be purged. Run again without --dry-run to delete them.`);
    else if (result.purged) io.stdout(`Purged ${result.purged} case(s). Deletion certificate: ${result.certificate}`);
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}
