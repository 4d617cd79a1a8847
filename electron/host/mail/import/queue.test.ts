// The DPO working the queue: corrections that teach triage, setting mail aside, merging into a
// case, bulk accept; and stopping a long import half-way.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../../shared/contract/triage';
import { tempDir, unlockedHost } from '../../../../test/helpers/temp-workspace';
import { verifyAudit } from '../../store/audit';
import { eml, importAndWait, writeEml } from './test-helpers';
import { DEFAULT_BATCH } from './importer';

describe('working the queue', () => {
  it('is sorted by what falls due first, and a correction changes the suggestion and teaches triage', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const later = writeEml(dir, 'later.eml', { subject: 'Access request', date: 'Mon, 02 Mar 2026 09:00:00 +0100', messageId: 'l@example.org', body: 'I request access to my personal data under Art. 15 GDPR.' });
    const earlier = writeEml(dir, 'earlier.eml', { subject: 'Erasure request', date: 'Mon, 05 Jan 2026 09:00:00 +0100', messageId: 'e@example.org', from: 'Bo <bo@example.org>', body: 'Please erase my personal data under Art. 17 GDPR.' });
    const odd = writeEml(dir, 'odd.eml', { subject: 'Your newsletter', messageId: 'n@example.org', from: 'Cy <cy@example.org>', body: 'Take me off the Friday bulletin about garden furniture, it bores me.' });
    await importAndWait(host, [later, earlier, odd]);
    const queue = (await host.api['triage.list']({})).items;
    expect(queue.slice(0, 2).map((i) => i.subject)).toEqual(['Erasure request', 'Access request']);
    expect(queue[0].dueAt! < queue[1].dueAt!).toBe(true);

    const target = queue.find((i) => i.subject === 'Your newsletter')!;
    const corrected = await host.api['triage.correct']({ id: target.id, requestType: 'objection', jurisdiction: 'eu' });
    expect(corrected).toMatchObject({ requestType: 'objection', jurisdiction: 'eu', regimes: ['gdpr'], corrected: true });
    expect(corrected.dueAt).not.toBeNull();

    // The same wording again, from someone else, now comes out as the DPO said.
    const again = writeEml(dir, 'again.eml', { subject: 'Your newsletter', messageId: 'n2@example.org', from: 'Di <di@example.org>', body: 'Take me off the Friday bulletin about garden furniture, it bores me.' });
    const result = await importAndWait(host, [again]);
    expect(result.messages[0].requestType).toBe('objection');
    expect(result.messages[0].explanation.join(' ')).toMatch(/corrected/);
  });

  it('marks mail not-privacy, merges a message into a chosen case, and accepts several at once', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const { ref } = await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-02-01', timeZone: 'Europe/Paris', requester: { name: 'Zoé Martin', email: 'zoe@example.fr' } });
    const paths = [
      writeEml(dir, '1.eml', { subject: 'Invoice 4411', messageId: 'i@vendor.example', from: 'Billing <billing@vendor.example>', body: 'Please find attached your invoice for March.' }),
      writeEml(dir, '2.eml', { subject: 'Pièce d’identité', messageId: 'z2@example.fr', from: 'Zoé Martin <zoe@example.fr>', body: 'Voici la copie de ma carte d’identité.' }),
      writeEml(dir, '3.eml', { subject: 'Erasure', messageId: 'x3@example.org', from: 'Al <al@example.org>', body: 'Please erase my personal data under Art. 17 GDPR.' }),
      writeEml(dir, '4.eml', { subject: 'Access', messageId: 'x4@example.org', from: 'Bea <bea@example.org>', body: 'I request access to my personal data under Art. 15 GDPR.' }),
    ];
    await importAndWait(host, paths);
    const items = (await host.api['triage.list']({})).items;
    const id = (subject: string) => items.find((i) => i.subject === subject)!.id;

    expect(await host.api['triage.dismiss']({ ids: [id('Invoice 4411')], reason: 'not-privacy' })).toEqual({ dismissed: 1 });
    expect(await host.api['triage.merge']({ ids: [id('Pièce d’identité')], caseRef: ref })).toEqual({ caseRef: ref, merged: 1 });
    const { results } = await host.api['triage.accept']({ ids: [id('Erasure'), id('Access')] });
    expect(results.map((r) => r.created)).toEqual([true, true]);
    expect(new Set(results.map((r) => r.caseRef)).size).toBe(2);

    expect((await host.api['triage.list']({})).total).toBe(0);
    expect((await host.api['triage.list']({ status: 'dismissed' })).items[0]).toMatchObject({ subject: 'Invoice 4411', dismissReason: 'not-privacy' });
    const history = (await host.api['cases.get']({ ref })).history.map((h) => h.summary);
    expect(history.some((s) => s.includes('merged by the DPO'))).toBe(true);
    expect(verifyAudit(host.workspace.database())).toMatchObject({ ok: true });
  });

  it('refuses to open a case for mail judged not to be about privacy until the DPO says what it is', async () => {
    const host = await unlockedHost();
    const path = writeEml(tempDir(), 'spam.eml', { subject: 'Great offer', messageId: 's@spam.example', from: 'Deals <deals@spam.example>', body: 'Buy cheap watches now! http://a.example http://b.example http://c.example', extraHeaders: ['List-Unsubscribe: <mailto:u@spam.example>'] });
    await importAndWait(host, [path]);
    const [item] = (await host.api['triage.list']({})).items;
    expect(item.requestType).toBe('not-privacy');
    await expect(host.api['triage.accept']({ ids: [item.id] })).rejects.toMatchObject({ code: 'missing-fields' });
    const { results } = await host.api['triage.accept']({ ids: [item.id], overrides: { requestTypes: ['inquiry'], regimes: ['gdpr'] } });
    expect(results[0].created).toBe(true);
  });
});

describe('stopping a long import', () => {
  it('keeps the batches already written; importing again adds only the rest', async () => {
    const host = await unlockedHost();
    const dir = tempDir();
    const count = DEFAULT_BATCH * 2 + 100;
    const mbox = join(dir, 'big.mbox');
    const parts: string[] = [];
    for (let i = 1; i <= count; i++) {
      parts.push(`From sender@example.org Mon Mar  2 09:00:00 2026\r\n${eml({ subject: `Access request ${i}`, messageId: `bulk-${i}@example.org`, from: `P${i} <p${i}@example.org>`, body: `I request access to my personal data under Art. 15 GDPR. Number ${i}.` })}\r\n`);
    }
    writeFileSync(mbox, parts.join(''));
    const job = await host.api['mail.importFiles']({ paths: [mbox] });
    // Stop once the first batch is written.
    for (;;) {
      const { total } = await host.api['triage.list']({ limit: 1 });
      if (total > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await host.api['jobs.cancel']({ id: job.id });
    const stopped = await host.context.jobs.wait(job.id);
    expect(stopped.state).toBe('cancelled');
    const kept = (await host.api['triage.list']({ limit: 1 })).total;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(count);
    expect(kept % DEFAULT_BATCH).toBe(0);

    const rest = await importAndWait(host, [mbox]);
    expect(rest).toMatchObject({ imported: count - kept, duplicates: kept } satisfies Partial<ImportSummary>);
    expect((await host.api['triage.list']({ limit: 1 })).total).toBe(count);
  });
});
