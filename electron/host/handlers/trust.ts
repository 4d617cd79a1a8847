import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { HostImpl } from '../../../shared/contract';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/organisations/profile';
import type { HostContext } from '../context';
import { appendAudit } from '../store/audit';
import { backupsDir, DEFAULT_BACKUP_KEEP, listBackups, nextBackupPath, pruneBackups, writeBackup } from '../trust/backup';
import { renderDeletionCertificate } from '../trust/certificate';
import { writeEvidenceBundle } from '../trust/export-bundle';
import { checkExistingFile, checkNewFilePath, writeFileAtomic } from '../trust/files';
import { dueForDeletion, purgeCases, reclaimSpace, selectForPurge } from '../trust/retention';
import { verifyEvidenceBundle } from '../trust/verify-bundle';

const DAY_MS = 24 * 60 * 60 * 1000;

export function trustHandlers(ctx: HostContext): Pick<HostImpl,
  'backup.create' | 'backup.list' | 'backup.runScheduled' | 'retention.preview' | 'retention.purge' | 'evidence.export' | 'evidence.verify'> {
  const { workspace, ports } = ctx;
  const db = () => workspace.database();
  const keep = () => ports.settings.get<number>('backupKeep') ?? DEFAULT_BACKUP_KEEP;

  async function automaticBackup() {
    const database = db();
    const dir = backupsDir(workspace.dir);
    const written = await writeBackup(database, workspace.keyfilePath, nextBackupPath(dir, ports.now()), ports.now());
    return { ...written, removed: pruneBackups(dir, keep()) };
  }

  return {
    'backup.create': async ({ path }) => {
      if (!path) return automaticBackup();
      return { ...(await writeBackup(db(), workspace.keyfilePath, path, ports.now())), removed: [] };
    },
    'backup.list': async () => {
      db(); // a locked workspace does not reveal its backups
      const dir = backupsDir(workspace.dir);
      return { dir, keep: keep(), items: listBackups(dir) };
    },
    'backup.runScheduled': async () => {
      db();
      const latest = listBackups(backupsDir(workspace.dir))[0];
      const age = latest ? ports.now().getTime() - Date.parse(latest.createdAt) : Infinity;
      if (age < DAY_MS) return { ran: false, reason: `The last backup was made at ${latest!.createdAt}, less than a day ago.`, backup: null };
      return { ran: true, reason: latest ? `The last backup was made at ${latest.createdAt}.` : 'There was no backup yet.', backup: await automaticBackup() };
    },
    'retention.preview': async ({ asOf }) => {
      const day = asOf ?? ctx.today();
      return { asOf: day, defaultMonths: DEFAULT_RETENTION_MONTHS, cases: dueForDeletion(db(), day) };
    },
    'retention.purge': async ({ asOf, refs, certificatePath }) => {
      const database = db();
      const selected = selectForPurge(database, asOf, refs);
      // Every check happens before anything is deleted.
      const certificate = certificatePath ? checkNewFilePath(certificatePath, '.pdf', 'deletion certificate') : defaultCertificatePath(workspace.dir, asOf, ports.now());
      if (selected.length === 0) return { asOf, dryRun: false, cases: [], purged: 0, certificate: null, auditSeqs: [] };
      const now = ports.now();
      const purged = purgeCases(database, selected, asOf, now);
      reclaimSpace(database);
      const head = database.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
      const pdf = await renderDeletionCertificate({ asOf, performedAt: now.toISOString(), workspace: workspace.dir, cases: purged, auditHead: head });
      writeFileAtomic(certificate, pdf);
      database.transaction(() => appendAudit(database, {
        action: 'retention.certificate', entity: 'workspace', entityId: 'self', at: now.toISOString(),
        data: { file: basename(certificate), sha256: createHash('sha256').update(pdf).digest('hex'), cases: purged.length, asOf, auditSeqs: purged.map((p) => p.auditSeq) },
      }))();
      return { asOf, dryRun: false, cases: purged.map(({ auditSeq: _seq, ...c }) => c), purged: purged.length, certificate, auditSeqs: purged.map((p) => p.auditSeq) };
    },
    'evidence.export': async ({ ref, out }) => writeEvidenceBundle(db(), ref, out, ports.now(), ctx.today()),
    'evidence.verify': async ({ path }) => verifyEvidenceBundle(checkExistingFile(path, 'evidence bundle')),
  };
}

/** Beside the workspace folder (not inside it), named for the date; never over an existing file. */
function defaultCertificatePath(workspaceDir: string, asOf: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  let path = join(dirname(workspaceDir), `dpo-deletion-certificate-${asOf}-${stamp}.pdf`);
  for (let i = 2; existsSync(path); i++) path = join(dirname(workspaceDir), `dpo-deletion-certificate-${asOf}-${stamp}-${i}.pdf`);
  return path;
}
