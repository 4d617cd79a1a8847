// Puts a stream of raw messages into the store, ~500 to a transaction (fewer when they are large).
// Duplicates (same bytes or same Message-ID, in the store or earlier in this import) are counted
// and skipped; a message that cannot be triaged is still kept, raw, and counted as failed. What
// was committed stays committed when the import is cancelled.
import type { ImportedMessage, ImportSummary } from '../../../../shared/contract/triage';
import { findLikelyDuplicate, type LearnedCorrections, type OpenCaseSummary } from '../../../../shared/triage';
import { appendAudit } from '../../store/audit';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { DueEstimator } from './due';
import { loadOrgContacts, matchOrganisation, type OrgContact } from './organisations';
import { loadCorrections } from './secrets';
import { inThreadPreparer, type Preparer } from './preparer';
import { isStored, quickMessageKey, sha256Hex, writeMessage, type IncomingMessage, type PreparedMessage, type StoredMessage } from './store-message';

export interface ImporterOptions {
  now: () => Date;
  defaultTimeZone: string;
  batchSize?: number;
  /** Called after each committed batch with the messages it held (IMAP saves its checkpoint here). */
  onCommit?: (batch: readonly IncomingMessage[]) => void;
  /** Raw bytes held in preparation, and again waiting to be written, at most (default 64 MiB each). */
  maxBytesInFlight?: number;
  /** Where messages are parsed and triaged; by default here, one at a time. */
  preparer?: (corrections: LearnedCorrections) => Preparer;
}

/** A message on its way in: a known duplicate, or one being prepared. Kept in arrival order. */
type InFlight = { item: IncomingMessage; sha: string; prepared: Promise<PreparedMessage> | null };

export const DEFAULT_BATCH = 500;
/** Raw bytes held in preparation, and again waiting to be written, at most: large messages must not fill the memory. */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

export class Importer {
  readonly summary: ImportSummary = { imported: 0, duplicates: 0, failed: 0, messages: [], errors: [] };
  /** Row ids of the messages this import stored, in order. */
  readonly storedIds: number[] = [];
  private pending: { item: IncomingMessage; prepared: PreparedMessage }[] = [];
  private duplicatesInBatch: IncomingMessage[] = [];
  private seenSha = new Set<string>();
  private seenKeys = new Set<string>();
  private inFlight: InFlight[] = [];
  private inFlightBytes = 0;
  private pendingBytes = 0;
  private readonly preparer: Preparer;
  private readonly corrections: LearnedCorrections;
  private readonly orgs: OrgContact[];
  private readonly due: DueEstimator;
  private readonly maxBytes: number;

  constructor(private readonly db: Db, private readonly opts: ImporterOptions) {
    this.corrections = loadCorrections(db);
    this.orgs = loadOrgContacts(db);
    this.due = new DueEstimator(opts.defaultTimeZone);
    this.preparer = (opts.preparer ?? inThreadPreparer)(this.corrections);
    this.maxBytes = opts.maxBytesInFlight ?? MAX_BYTES_IN_FLIGHT;
  }

  private isDuplicate(sha: string, key: string | null): boolean {
    return this.seenSha.has(sha) || (!!key && this.seenKeys.has(key)) || isStored(this.db, sha, key);
  }

  private countDuplicate(item: IncomingMessage): void {
    this.summary.duplicates++;
    this.duplicatesInBatch.push(item);
  }

  /** Takes a message; resolves once it may take the next (the oldest ones are settled as the window fills). */
  async add(item: IncomingMessage): Promise<void> {
    // Cheap checks first, so importing the same mailbox again costs little more than reading it.
    const sha = sha256Hex(item.raw);
    const known = this.isDuplicate(sha, quickMessageKey(item.raw));
    if (!known) this.seenSha.add(sha);
    this.inFlight.push({ item, sha, prepared: known ? null : this.preparer.prepare(item, this.opts.now()) });
    this.inFlightBytes += item.raw.length;
    while (this.inFlight.length >= Math.max(1, this.preparer.window) || (this.inFlight.length > 1 && this.inFlightBytes > this.maxBytes)) await this.settleOldest();
  }

  private async settleOldest(): Promise<void> {
    const { item, sha, prepared: preparing } = this.inFlight.shift()!;
    this.inFlightBytes -= item.raw.length;
    if (!preparing) return this.countDuplicate(item);
    const prepared = await this.helpWhileWaiting(preparing);
    // Its bytes were new; its Message-ID, read properly now, may be one this import has already
    // taken. The store is asked again when the batch is written (see flush).
    const key = prepared.messageKey;
    if (key && this.seenKeys.has(key)) return this.countDuplicate(item);
    if (key) this.seenKeys.add(key);
    this.pending.push({ item, prepared });
    this.pendingBytes += item.raw.length;
    if (this.pending.length >= (this.opts.batchSize ?? DEFAULT_BATCH) || this.pendingBytes > this.maxBytes) this.flush();
  }

  /** While the oldest message is still in a worker, prepares waiting ones here rather than idle. */
  private async helpWhileWaiting(oldest: Promise<PreparedMessage>): Promise<PreparedMessage> {
    const preparer = this.preparer;
    if (!preparer.prepareOneHere) return oldest;
    let ready = false;
    oldest.then(() => (ready = true), () => (ready = true));
    await null; // an answer already in hand marks itself first
    // Between messages, the workers' answers are let in: they mark the oldest ready and refill the workers.
    while (!ready && (await preparer.prepareOneHere())) await new Promise(setImmediate);
    return oldest;
  }

  /** Settles every message taken and writes them. */
  async finish(): Promise<void> {
    while (this.inFlight.length) await this.settleOldest();
    this.flush();
  }

  /** Stops the workers; messages still in preparation are dropped (nothing of them was written). */
  async close(): Promise<void> {
    this.inFlight = [];
    this.inFlightBytes = 0;
    await this.preparer.close();
  }

  addError(file: string, message: string): void {
    this.summary.failed++;
    this.summary.errors.push({ file, message });
  }

  /** Writes what has been settled, in one transaction. */
  flush(): void {
    const batch = this.pending;
    const dups = this.duplicatesInBatch;
    this.pending = [];
    this.pendingBytes = 0;
    this.duplicatesInBatch = [];
    if (batch.length === 0) {
      if (dups.length) this.opts.onCommit?.(dups);
      return;
    }
    const nowIso = this.opts.now().toISOString();
    let storedMeanwhile = 0;
    const results = this.db.transaction(() => {
      const out: { prepared: PreparedMessage; stored: StoredMessage }[] = [];
      for (const { prepared } of batch) {
        // Asked here, inside the transaction, because another import (an IMAP sync beside a file
        // import) may have stored the same message while this batch was settling: a second copy
        // of its bytes would break the UNIQUE index and with it the whole batch.
        if (isStored(this.db, prepared.sha256, prepared.messageKey)) {
          storedMeanwhile++;
          continue;
        }
        const t = prepared.triage;
        const org = matchOrganisation(this.orgs, [...prepared.parsed.to, ...prepared.parsed.cc]);
        const provisionalDue = t ? this.due.estimate(t.requestTypes, t.regimes, prepared.receivedAt, org) : null;
        const stored = writeMessage(this.db, prepared, { nowIso, provisionalDue, duplicateOfCaseId: t ? this.likelyDuplicate(t.requestType, t.requester.email ?? prepared.parsed.from?.email ?? null) : null });
        out.push({ prepared, stored });
      }
      if (!out.length) return out;
      appendAudit(this.db, {
        action: 'mail.imported',
        entity: 'mailbox',
        entityId: 'inbound',
        at: nowIso,
        data: { summary: `${out.length} message(s) imported into triage`, messages: out.map((o) => ({ id: o.stored.id, sha256: o.prepared.sha256, source: o.prepared.file })) },
      });
      return out;
    })();
    this.summary.duplicates += storedMeanwhile;
    for (const { prepared, stored } of results) {
      this.storedIds.push(stored.id);
      this.summary.imported++;
      if (prepared.failure) {
        this.summary.failed++;
        this.summary.errors.push({ file: prepared.file, message: prepared.failure });
      }
      this.summary.messages.push(describeImported(prepared, stored.id, stored.threadedTo));
    }
    this.opts.onCommit?.([...batch.map((b) => b.item), ...dups]);
  }

  private likelyDuplicate(requestType: OpenCaseSummary['requestType'], email: string | null): number | null {
    if (!email) return null;
    const rows = stmt(this.db, `SELECT c.id, c.ref, c.status, c.request_types_json, p.email FROM cases c JOIN parties p ON p.id = c.requester_id WHERE p.email = ? AND c.status != 'closed'`).all(email.toLowerCase()) as Array<{ id: number; ref: string; status: OpenCaseSummary['status']; request_types_json: string; email: string }>;
    if (!rows.length) return null;
    const open: OpenCaseSummary[] = rows.map((r) => ({ ref: r.ref, status: r.status, requesterEmail: r.email, requestType: (JSON.parse(r.request_types_json) as OpenCaseSummary['requestType'][])[0] }));
    const found = findLikelyDuplicate({ requesterEmail: email, requestType }, open);
    return found ? rows.find((r) => r.ref === found.ref)!.id : null;
  }
}

export function describeImported(p: PreparedMessage, id: number | null, threadedTo: string | null): ImportedMessage {
  return {
    id,
    file: p.file,
    messageId: p.parsed.messageId,
    requestType: p.triage?.requestType ?? null,
    jurisdiction: p.triage?.jurisdiction ?? null,
    language: p.triage?.language ?? null,
    subjectHasPrivacyPolicy: p.triage?.subjectHasPrivacyPolicy ?? false,
    threadedTo,
    caseRef: null,
    explanation: p.triage?.explanation ?? [],
  };
}
