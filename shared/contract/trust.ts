// Trust: backups, evidence bundles and the retention purge. Paths are absolute file paths the shell
// chose (a save dialog, the CLI); the host checks them again before writing anything.
import { z } from 'zod';
import { IsoDate } from '../domain/dates';
import { method } from './define';

const FilePath = z.string().min(1).max(4096);

export const BackupInfo = z.object({ path: z.string(), bytes: z.number(), createdAt: z.string() });
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupCreated = BackupInfo.extend({
  sha256: z.string(),
  /** Older automatic backups removed to keep the last N. */
  removed: z.array(z.string()),
});

export const DueCase = z.object({
  ref: z.string(),
  closedAt: z.string(),
  deleteAfter: z.string(),
  organisationId: z.string().nullable(),
  retentionMonths: z.number(),
  /** True when the case has no organisation and the default period applies. */
  defaultRetention: z.boolean(),
});
export type DueCase = z.infer<typeof DueCase>;

export const PurgeResult = z.object({
  asOf: z.string(),
  dryRun: z.boolean(),
  cases: z.array(DueCase),
  purged: z.number(),
  certificate: z.string().nullable(),
  auditSeqs: z.array(z.number()),
});
export type PurgeResult = z.infer<typeof PurgeResult>;

export const BundleCheck = z.object({
  ok: z.boolean(),
  ref: z.string().nullable(),
  files: z.number(),
  auditEvents: z.number(),
  problems: z.array(z.string()),
});
export type BundleCheck = z.infer<typeof BundleCheck>;

export const trustMethods = {
  'backup.create': method(
    z.object({ path: FilePath.optional() }),
    BackupCreated,
    'Write an encrypted snapshot of the workspace (with its wrapped keys) to a .dpobackup file; by default into the backups folder, keeping the last N',
  ),
  'backup.list': method(z.object({}), z.object({ dir: z.string(), keep: z.number(), items: z.array(BackupInfo) }), 'Backups in the workspace\'s backups folder, newest first'),
  'backup.runScheduled': method(
    z.object({}),
    z.object({ ran: z.boolean(), reason: z.string(), backup: BackupCreated.nullable() }),
    'Make the daily automatic backup if none was made in the last 24 hours',
  ),
  'retention.preview': method(z.object({ asOf: IsoDate.optional() }), z.object({ asOf: z.string(), defaultMonths: z.number(), cases: z.array(DueCase) }), 'Closed cases whose retention period has run out'),
  'retention.purge': method(
    z.object({
      asOf: IsoDate,
      /** The refs the DPO confirmed; each must still be due. Absent: every case due on asOf. */
      refs: z.array(z.string().min(1).max(40)).max(100_000).optional(),
      certificatePath: FilePath.optional(),
    }),
    PurgeResult,
    'Destroy messages, attachments, letters and notes of the due cases, keep anonymised stubs, write a deletion certificate',
  ),
  'evidence.export': method(
    z.object({ ref: z.string().min(1).max(40), out: FilePath }),
    z.object({ path: z.string(), files: z.number(), bytes: z.number(), manifestSha256: z.string() }),
    'Write a case\'s evidence bundle (.zip): raw messages, letters as sent, deadline traces, audit events with the chain proof, SHA-256 manifest',
  ),
  'evidence.verify': method(z.object({ path: FilePath }), BundleCheck, 'Check an evidence bundle: every file against the manifest and the audit events\' hash links'),
};
