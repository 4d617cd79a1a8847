// What every group of host methods shares: the workspace, the shell's ports, and today's date.
import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz';
import { JobRegistry } from './jobs';
import type { HostPorts } from './ports';
import type { Workspace } from './workspace';

export interface HostContext {
  workspace: Workspace;
  ports: HostPorts;
  /** The zone used when a case names none and has no organisation. */
  defaultTimeZone(): string;
  /** Today's date in the given zone, as YYYY-MM-DD. */
  today(zone?: string): string;
  /** Marks user activity, for auto-lock. */
  touch(): void;
  /** Long operations with progress and cancel. */
  jobs: JobRegistry;
}

export function makeContext(workspace: Workspace, ports: HostPorts, touch: () => void): HostContext {
  const defaultTimeZone = () => ports.settings.get<string>('defaultTimeZone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  return {
    workspace,
    ports,
    defaultTimeZone,
    today: (zone) => format(new TZDate(ports.now().getTime(), zone ?? defaultTimeZone()), 'yyyy-MM-dd'),
    touch,
    jobs: new JobRegistry(),
  };
}
