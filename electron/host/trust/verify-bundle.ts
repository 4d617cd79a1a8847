// Checking an evidence bundle independently of the workspace: every file against the manifest, and the
// audit events against their own hashes and the chain of links up to the head. The hash formula is
// written out here (not imported from the store) so the check does not trust the code that wrote it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BundleCheck } from '../../../shared/contract/trust';
import type { AuditProof, BundleManifest } from './export-bundle';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function recomputeEventHash(e: AuditProof['events'][number]): string {
  return sha256(JSON.stringify([e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.data_json, e.prev_hash]));
}

export async function verifyEvidenceBundle(file: string): Promise<BundleCheck> {
  const problems: string[] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(readFileSync(file));
  } catch {
    return { ok: false, ref: null, files: 0, auditEvents: 0, problems: [`${file} is not a readable zip file.`] };
  }
  const manifestText = await zip.file('manifest.json')?.async('string');
  if (!manifestText) return { ok: false, ref: null, files: 0, auditEvents: 0, problems: ['manifest.json is missing.'] };
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(manifestText) as BundleManifest;
    if (manifest.format !== 'dpo-desk-evidence' || !Array.isArray(manifest.files)) throw new Error('format');
  } catch {
    return { ok: false, ref: null, files: 0, auditEvents: 0, problems: ['manifest.json is not a DPO Desk evidence manifest.'] };
  }

  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const bytes = await zip.file(entry.path)?.async('nodebuffer');
    if (!bytes) problems.push(`${entry.path} is listed in the manifest but missing.`);
    else if (sha256(bytes) !== entry.sha256) problems.push(`${entry.path} was changed: its SHA-256 is ${sha256(bytes)}, the manifest says ${entry.sha256}.`);
  }
  zip.forEach((path, entry) => {
    if (!entry.dir && path !== 'manifest.json' && !listed.has(path)) problems.push(`${path} is in the bundle but not in the manifest.`);
  });

  let auditEvents = 0;
  const auditText = await zip.file('audit.json')?.async('string');
  if (!auditText) problems.push('audit.json is missing.');
  else {
    try {
      const proof = JSON.parse(auditText) as AuditProof;
      auditEvents = proof.events.length;
      problems.push(...checkProof(proof, manifest.ref));
    } catch {
      problems.push('audit.json cannot be read.');
    }
  }
  return { ok: problems.length === 0, ref: manifest.ref, files: manifest.files.length + 1, auditEvents, problems };
}

export function checkProof(proof: AuditProof, ref: string): string[] {
  const problems: string[] = [];
  const linkBySeq = new Map(proof.links.map((l) => [l.seq, l]));
  for (const e of proof.events) {
    if (e.entity !== 'case' || e.entity_id !== ref) problems.push(`audit event ${e.seq} is not about case ${ref}.`);
    if (recomputeEventHash(e) !== e.hash) problems.push(`audit event ${e.seq} (${e.action}) does not match its hash: it was changed.`);
    const link = linkBySeq.get(e.seq);
    if (!link) problems.push(`audit event ${e.seq} is not in the chain of links.`);
    else if (link.hash !== e.hash || link.prev_hash !== e.prev_hash) problems.push(`audit event ${e.seq} differs from its link in the chain.`);
  }
  for (let i = 1; i < proof.links.length; i++) {
    const [before, link] = [proof.links[i - 1], proof.links[i]];
    if (link.seq !== before.seq + 1) problems.push(`the chain jumps from event ${before.seq} to ${link.seq}.`);
    else if (link.prev_hash !== before.hash) problems.push(`the chain is broken at event ${link.seq}: it does not follow event ${before.seq}.`);
  }
  const last = proof.links[proof.links.length - 1];
  if (proof.head && (!last || last.seq !== proof.head.seq || last.hash !== proof.head.hash)) problems.push('the chain of links does not end at the recorded head of the log.');
  if (proof.events.length && proof.links[0]?.seq !== proof.events[0].seq) problems.push('the chain of links does not start at the case\'s first event.');
  if (!proof.wholeLog?.ok) problems.push(`the workspace's audit log did not verify at export time: ${proof.wholeLog?.message ?? 'no record'}.`);
  return problems;
}
