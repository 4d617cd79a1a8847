// The host: everything the app does, as an object with one typed async method per contract entry.
// Electron's main process, the CLI and the browser bridge all call this same object.
import { contract, describeZodError, HostError, methodNames, type Envelope, type HostApi, type HostImpl, type MethodName } from '../../shared/contract';
import { makeContext, type HostContext } from './context';
import { toErrorShape } from './host-errors';
import { caseActionHandlers } from './handlers/case-actions';
import { caseHandlers } from './handlers/cases';
import { jobHandlers } from './handlers/jobs';
import { letterHandlers } from './handlers/letters';
import { organisationHandlers } from './handlers/organisations';
import { trustHandlers } from './handlers/trust';
import { triageHandlers } from './handlers/triage';
import { DEFAULT_IDLE_LOCK_MINUTES, workspaceHandlers } from './handlers/workspace';
import { workspaceViewHandlers } from './handlers/workspace-views';
import type { HostPorts } from './ports';
import { Workspace, type WorkspaceOptions } from './workspace';

export interface HostOptions {
  dir: string;
  ports: HostPorts;
  workspace?: WorkspaceOptions;
  /** Lock after this much inactivity; the app sets it, the CLI (a short process) does not. */
  autoLock?: boolean;
}

export interface Host {
  api: HostApi;
  /** For boundaries: validate, run, and turn any failure into a {code, message} the UI can show. */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  workspace: Workspace;
  context: HostContext;
  dispose(): void;
}

export function createHost(options: HostOptions): Host {
  const workspace = new Workspace(options.dir, options.ports, options.workspace);
  let lastActivity = Date.now();
  const context = makeContext(workspace, options.ports, () => (lastActivity = Date.now()));
  // Locking stops whatever was running: a job must not write to a database that is being closed.
  workspace.onLock(() => context.jobs.cancelAll());
  const impl: HostImpl = {
    ...workspaceHandlers(context),
    ...caseHandlers(context),
    ...caseActionHandlers(context),
    ...jobHandlers(context),
    ...organisationHandlers(context),
    ...trustHandlers(context),
    ...triageHandlers(context),
    ...letterHandlers(context),
    ...workspaceViewHandlers(context),
  };

  async function call(method: MethodName, input: unknown): Promise<unknown> {
    const spec = contract[method];
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(input ?? {});
    } catch {
      // zod's length checks still run on some values its type check already refused, and throw on
      // objects that cannot become a number (a prototype-less "length"): such input is invalid, not a crash.
      throw new HostError('invalid-input', `That ${method} request was not valid: it holds values of an unexpected kind.`);
    }
    if (!parsed.success) throw new HostError('invalid-input', `That ${method} request was not valid: ${describeZodError(parsed.error)}.`);
    context.touch();
    const result = await (impl[method] as (i: unknown) => Promise<unknown>)(parsed.data);
    return spec.output.parse(result);
  }

  const api = Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => call(name, input)])) as unknown as HostApi;

  let timer: ReturnType<typeof setInterval> | undefined;
  if (options.autoLock) {
    timer = setInterval(() => {
      const minutes = options.ports.settings.get<number>('idleLockMinutes') ?? DEFAULT_IDLE_LOCK_MINUTES;
      if (workspace.isUnlocked() && Date.now() - lastActivity > minutes * 60_000) workspace.lock();
    }, 15_000);
    timer.unref?.();
  }

  return {
    api,
    workspace,
    context,
    async invoke(method, input) {
      if (!(methodNames as string[]).includes(method)) return { ok: false, error: { code: 'invalid-input', message: `Unknown host method "${method}".` } };
      try {
        return { ok: true, value: await call(method as MethodName, input) };
      } catch (err) {
        return { ok: false, error: toErrorShape(err) };
      }
    },
    dispose() {
      if (timer) clearInterval(timer);
      workspace.lock();
    },
  };
}
