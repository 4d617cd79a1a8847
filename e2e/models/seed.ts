// Puts cases into the open workspace through the same host contract the UI uses (window.dpo in
// Electron, the loopback bridge in a browser), for specs that need many cases quickly.
import type { Page } from '@playwright/test';
import type { NewCase } from '../../shared/contract/cases';

export async function seedCases(page: Page, cases: NewCase[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const w = window as unknown as { dpo?: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { ref: string }; error?: { message: string } }>> };
    const invoke = async (input: unknown) => {
      if (w.dpo) return w.dpo['cases.create'](input);
      const res = await fetch('/api/invoke/cases.create', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input) });
      return res.json();
    };
    const refs: string[] = [];
    for (const c of list) {
      const answer = await invoke(c);
      if (!answer.ok) throw new Error(answer.error?.message ?? 'cases.create failed');
      refs.push(answer.value!.ref);
    }
    return refs;
  }, cases);
}

const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Mateo', 'Nora', 'Omar', 'Paula'];
const LAST = ['Schmidt', 'García', 'Rossi', 'Nowak', 'Dubois', 'Jensen', 'Silva', 'Okafor', 'Müller', 'Smith', 'Kowalski', 'Berg'];
const TYPES: NewCase['requestTypes'] = ['access', 'erasure', 'rectification', 'objection', 'portability', 'complaint', 'sale-share-opt-out'];

/** n plausible requests received over the two years before `until` (YYYY-MM-DD). */
export function manyCases(n: number, until = '2026-11-20'): NewCase[] {
  const end = Date.parse(`${until}T12:00:00Z`);
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    const day = new Date(end - ((i * 37) % 730) * 86_400_000).toISOString().slice(0, 10);
    const type = TYPES[i % TYPES.length];
    return {
      requester: { name: `${first} ${last}`, email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.net`.normalize('NFD').replace(/[\u0300-\u036f]/g, '') },
      requestTypes: [type],
      regimes: [type === 'sale-share-opt-out' ? 'ccpa' : i % 5 === 0 ? 'uk-gdpr' : 'gdpr'],
      receivedLocal: day,
      timeZone: 'Europe/Berlin',
      subject: `${type} request ${i + 1}`,
    };
  });
}
