// Cases with known due dates for the review tests: GDPR requests in Paris are due one calendar
// month after receipt (rolled to the next working day), so receipt dates fix the due dates.
import type { Host } from '../host';

export interface Opened { ref: string; dueAt: string | null }

export async function openCase(host: Host, receivedLocal: string, requester: { name: string; email: string }, extra: { subject?: string; requestTypes?: Array<'access' | 'erasure' | 'rectification' | 'objection'>; regimes?: Array<'gdpr' | 'ccpa' | 'uk-gdpr'> } = {}): Promise<Opened> {
  const { ref } = await host.api['cases.create']({
    requestTypes: extra.requestTypes ?? ['access'],
    regimes: extra.regimes ?? ['gdpr'],
    receivedLocal,
    timeZone: extra.regimes?.includes('ccpa') ? 'America/Los_Angeles' : 'Europe/Paris',
    requester,
    ...(extra.subject ? { subject: extra.subject } : {}),
  });
  const detail = await host.api['cases.get']({ ref });
  return { ref, dueAt: detail.dueAt };
}
