// Any failure, as the {code, message} the UI and the CLI show.
import { HostError } from '../../shared/contract/define';

export function toErrorShape(err: unknown): { code: HostError['code']; message: string; details?: unknown } {
  if (err instanceof HostError) return err.toShape();
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `DPO Desk hit an unexpected problem: ${message}. Nothing was half-saved; try again, and if it repeats, make a backup and report it.` };
}
