// The evidence bundle a DPO hands to a regulator: what was received, what was sent, how the deadlines
// were computed and the audit trail, each file provable by its SHA-256; any change is caught.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tempDir, unlockedHost } from '../../../test/helpers/temp-workspace';
import { runCli } from '../../cli/main';
import type { CliIo } from '../../cli/io';
import type { AuditProof, BundleManifest } from './export-bundle';
import { seedCase } from './test-fixtures';
import { verifyEvidenceBundle } from './verify-bundle';

const PASS = 'correct horse battery staple';
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

async function exported() {
  const host = await unlockedHost(PASS);
  const seeded = await seedCase(host, { name: 'Anna Łukasiewicz', email: 'anna@example.pl', subject: 'Erasure', received: '2026-01-31' });
  await seedCase(host, { name: 'Bob Dvořák', email: 'bob@example.cz', subject: 'Other case', received: '2026-02-01' });
  await host.api['cases.addEvent']({ ref: seeded.ref, event: { type: 'extension', date: '2026-02-10', reasons: 'complex request' } });
  const out = join(tempDir(), `${seeded.ref}.zip`);
  const result = await host.api['evidence.export']({ ref: seeded.ref.toLowerCase(), out });
  return { host, seeded, out, result };
}

async function rewrite(file: string, change: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  await change(zip);
  const path = join(tempDir(), 'changed.zip');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return path;
}

describe('exporting a case as evidence', () => {
  it('holds the message as received, the letter as sent, the deadline traces and the audit events, all in the manifest', async () => {
    const { host, seeded, out, result } = await exported();
    const zip = await JSZip.loadAsync(readFileSync(out));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as BundleManifest;
    expect(manifest.ref).toBe(seeded.ref);
    expect(result.manifestSha256).toBe(sha(await zip.file('manifest.json')!.async('nodebuffer')));
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['messages/001.eml', 'letters/001-pdf.pdf', 'deadlines.json', 'audit.json', 'case.json', 'README.txt']));
    expect(Buffer.compare(await zip.file('messages/001.eml')!.async('nodebuffer'), seeded.raw)).toBe(0);
    expect(Buffer.compare(await zip.file('letters/001-pdf.pdf')!.async('nodebuffer'), seeded.sentBytes)).toBe(0);
    for (const f of manifest.files) expect(sha(await zip.file(f.path)!.async('nodebuffer')), f.path).toBe(f.sha256);

    const deadlines = JSON.parse(await zip.file('deadlines.json')!.async('string'));
    expect(deadlines.deadlines.some((d: { trace: string[] }) => d.trace.length > 0)).toBe(true);
    expect(deadlines.clockEvents).toEqual([expect.objectContaining({ kind: 'extension', onDate: '2026-02-10' })]);

    const proof = JSON.parse(await zip.file('audit.json')!.async('string')) as AuditProof;
    expect(proof.events.map((e) => e.action)).toEqual(['case.created', 'letter.sent', 'case.call-logged', 'case.event']);
    expect(proof.events.every((e) => e.entity_id === seeded.ref)).toBe(true);
    // The other case's events are present only as hashes, never with their content.
    expect(JSON.stringify(proof)).not.toContain('Dvořák');
    expect(proof.wholeLog.ok).toBe(true);
    expect(proof.links.at(-1)).toMatchObject({ seq: proof.head!.seq, hash: proof.head!.hash });

    const history = await host.api['cases.get']({ ref: seeded.ref });
    expect(history.history.at(-1)).toMatchObject({ action: 'case.exported' });
    expect(await verifyEvidenceBundle(out)).toMatchObject({ ok: true, ref: seeded.ref, problems: [], auditEvents: 4 });
  });

  it('a changed message byte is caught by the manifest', async () => {
    const { out } = await exported();
    const changed = await rewrite(out, async (zip) => {
      const eml = await zip.file('messages/001.eml')!.async('nodebuffer');
      eml[eml.length - 3] ^= 0x01;
      zip.file('messages/001.eml', eml);
    });
    const check = await verifyEvidenceBundle(changed);
    expect(check.ok).toBe(false);
    expect(check.problems.join('\n')).toMatch(/messages\/001\.eml was changed/);
  });

  it('an audit event edited with a matching manifest is still caught by its hash', async () => {
    const { out } = await exported();
    const changed = await rewrite(out, async (zip) => {
      const proof = JSON.parse(await zip.file('audit.json')!.async('string')) as AuditProof;
      proof.events[0].at = '2026-01-01T00:00:00.000Z'; // backdating the opening of the case
      const text = JSON.stringify(proof, null, 2);
      zip.file('audit.json', text);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as BundleManifest;
      manifest.files = manifest.files.map((f) => (f.path === 'audit.json' ? { ...f, sha256: sha(text), bytes: Buffer.byteLength(text) } : f));
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    const check = await verifyEvidenceBundle(changed);
    expect(check.ok).toBe(false);
    expect(check.problems.join('\n')).toMatch(/does not match its hash/);
  });

  it('a file slipped into the bundle, or one taken out, is reported', async () => {
    const { out } = await exported();
    const added = await rewrite(out, async (zip) => void zip.file('messages/002.eml', 'From: forged'));
    expect((await verifyEvidenceBundle(added)).problems).toEqual(['messages/002.eml is in the bundle but not in the manifest.']);
    const removed = await rewrite(out, async (zip) => void zip.remove('letters/001-pdf.pdf'));
    expect((await verifyEvidenceBundle(removed)).problems).toEqual(['letters/001-pdf.pdf is listed in the manifest but missing.']);
  });
});

describe('dpo case export and dpo verify-export', () => {
  function io(env: NodeJS.ProcessEnv) {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), env, prompt: async () => null };
    return { cli, out, err };
  }

  it('exports with --out and verifies: exit 0 intact, 1 tampered, 2 usage', async () => {
    const { host, seeded } = await exported();
    host.dispose();
    const env = { DPO_PASSPHRASE: PASS, DPO_DATA_DIR: host.workspace.dir };
    const file = join(tempDir(), 'bundle.zip');
    const a = io(env);
    expect(await runCli(['case', 'export', seeded.ref, '--out', file, '--json'], a.cli)).toBe(0);
    expect(JSON.parse(a.out[0])).toMatchObject({ path: file, files: expect.any(Number) });

    const b = io({});
    expect(await runCli(['verify-export', file], b.cli)).toBe(0);
    expect(b.out[0]).toMatch(/is intact/);

    const tampered = await rewrite(file, async (zip) => void zip.file('case.json', '{"outcome":"complied"}'));
    const c = io({});
    expect(await runCli(['verify-export', tampered], c.cli)).toBe(1);
    expect(c.err[0]).toMatch(/case\.json was changed/);

    expect(await runCli(['verify-export'], io({}).cli)).toBe(2);
    expect(await runCli(['case', 'export', seeded.ref], io(env).cli)).toBe(2);
  });
});
