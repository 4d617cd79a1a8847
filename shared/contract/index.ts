// The one host contract. Electron's main process registers a handler per key, the preload exposes
// the same keys as window.dpo, the CLI and the browser bridge call the same host. Add a domain by
// writing its methods next to these and spreading them in here.
import type { z } from 'zod';
import { caseActionMethods } from './case-actions';
import { caseMethods } from './cases';
import { jobMethods } from './jobs';
import { letterMethods } from './letters';
import { organisationMethods } from './organisations';
import { trustMethods } from './trust';
import { triageMethods } from './triage';
import type { Envelope, MethodSpec } from './define';
import { workspaceMethods } from './workspace';
import { workspaceViewMethods } from './workspace-views';

export const contract = {
  ...workspaceMethods,
  ...caseMethods,
  ...caseActionMethods,
  ...jobMethods,
  ...organisationMethods,
  ...trustMethods,
  ...triageMethods,
  ...letterMethods,
  ...workspaceViewMethods,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>;

/** The host as code calls it: one typed async function per contract method. */
export type HostApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<MethodOutput<K>> };

/** What a host implementation provides: it receives inputs already parsed by the contract's schemas. */
export type HostImpl = { [K in MethodName]: (input: z.output<Contract[K]['input']>) => Promise<z.input<Contract[K]['output']>> };

/** The host as a renderer sees it across a boundary: errors come back as data, not exceptions. */
export type HostBridge = { [K in MethodName]: (input: MethodInput<K>) => Promise<Envelope<MethodOutput<K>>> };

export const methodNames = Object.keys(contract) as MethodName[];
export const channelFor = (name: MethodName): string => `dpo:${name}`;

export * from './define';
