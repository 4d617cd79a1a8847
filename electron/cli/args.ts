// Global flags may stand before or after the subcommand: `dpo --data-dir X cases list` and
// `dpo cases list --data-dir X` mean the same.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors';

export interface GlobalFlags {
  dataDir?: string;
  passphraseFile?: string;
}

const GLOBAL_WITH_VALUE = new Map([
  ['--data-dir', 'dataDir'],
  ['--passphrase-file', 'passphraseFile'],
] as const);

export function splitGlobalFlags(argv: string[]): { globals: GlobalFlags; rest: string[] } {
  const globals: GlobalFlags = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = GLOBAL_WITH_VALUE.get(name as '--data-dir');
    if (!key) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw usageError(`${name} needs a value.`);
    globals[key] = value;
  }
  return { globals, rest };
}

/** node:util parseArgs, with its errors turned into usage errors a person can read. */
export function parseCommand<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw usageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}
