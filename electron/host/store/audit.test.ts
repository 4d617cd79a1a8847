import { describe, expect, it } from 'vitest';
import { ALICE, unlockedHost } from '../../../test/helpers/temp-workspace';

describe('the audit log', () => {
  it('every change writes an event and the chain verifies', async () => {
    const host = await unlockedHost();
    await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-03-02', requester: ALICE });
    const result = await host.api['audit.verify']({});
    expect(result).toMatchObject({ ok: true, events: 2, firstBadSeq: null });
  });

  it('an audit event edited after the fact is detected', async () => {
    const host = await unlockedHost();
    await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: '2026-03-02', requester: ALICE });
    await host.api['cases.create']({ requestTypes: ['erasure'], regimes: ['gdpr'], receivedLocal: '2026-03-03', requester: ALICE });
    host.workspace.database().prepare(`UPDATE audit_events SET data_json = replace(data_json, '2026-03-02', '2026-03-09') WHERE seq = 2`).run();
    const result = await host.api['audit.verify']({});
    expect(result).toMatchObject({ ok: false, firstBadSeq: 2 });
    expect(result.message).toMatch(/tampered/);
  });

  it('an event deleted from the middle is detected', async () => {
    const host = await unlockedHost();
    for (const day of ['02', '03', '04']) {
      await host.api['cases.create']({ requestTypes: ['access'], regimes: ['gdpr'], receivedLocal: `2026-03-${day}`, requester: ALICE });
    }
    host.workspace.database().prepare('DELETE FROM audit_events WHERE seq = 3').run();
    expect(await host.api['audit.verify']({})).toMatchObject({ ok: false, firstBadSeq: 3 });
  });
});
