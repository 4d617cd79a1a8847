// One ipcMain.handle per contract method, generated from the contract: nothing about a channel is
// written twice. Each call is checked for its sender (the app's own top frame) and its input
// (the contract's schema) before it reaches the host.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelFor, contract, describeZodError, methodNames, type Envelope } from '../shared/contract';
import type { HostLink } from './host-link/host-link';
import { isTrustedSender } from './security/policies';

export function registerHostHandlers(link: HostLink): void {
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame)) {
        return { ok: false, error: { code: 'invalid-input', message: 'Refused: the call did not come from DPO Desk\'s own window.' } };
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: `That ${method} request was not valid: ${describeZodError(parsed.error)}.` } };
      return link.call(method, input);
    });
  }
}
