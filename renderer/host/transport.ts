// How the UI reaches the host. In Electron the preload exposes window.dpo; in a browser on the
// loopback bridge the same methods travel over fetch to the page's own origin. Either way the UI
// sees one HostBridge with the contract's method names.
import { methodNames, type HostBridge } from '../../shared/contract';

declare global {
  interface Window {
    dpo?: HostBridge;
  }
}

function fetchBridge(): HostBridge {
  const entries = methodNames.map((name) => [
    name,
    async (input: unknown) => {
      const response = await fetch(`/api/invoke/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      if (!response.ok) {
        return { ok: false, error: { code: 'unavailable', message: `DPO Desk's background service refused the call (${response.status}). Reopen the sign-in link.` } };
      }
      return response.json();
    },
  ]);
  return Object.fromEntries(entries) as HostBridge;
}

export function hostBridge(): HostBridge {
  return window.dpo ?? fetchBridge();
}
