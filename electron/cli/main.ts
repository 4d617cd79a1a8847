// The `dpo` command's dispatcher. Each command lives in its own module, loaded on demand so a quick
// command (dpo deadline) does not pay for the mail or PDF libraries.
import { HostError } from '../../shared/contract/define';
import { splitGlobalFlags, type GlobalFlags } from './args';
import { EXIT, exitCodeFor } from './errors';
import type { CliIo } from './io';

type Command = (argv: string[], globals: GlobalFlags, io: CliIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  init: async () => (await import('./commands/init')).initCommand,
  'case new': async () => (await import('./commands/cases')).caseNewCommand,
  'case show': async () => (await import('./commands/cases')).caseShowCommand,
  'cases list': async () => (await import('./commands/cases')).casesListCommand,
  audit: async () => (await import('./commands/audit')).auditCommand,
  import: async () => (await import('./commands/import')).importCommand,
  backup: async () => (await import('./commands/backup')).backupCommand,
  restore: async () => (await import('./commands/restore')).restoreCommand,
  'case export': async () => (await import('./commands/export')).caseExportCommand,
  'letter templates': async () => (await import('./commands/letter')).letterTemplatesCommand,
  'letter render': async () => (await import('./commands/letter')).letterRenderCommand,
  'verify-export': async () => (await import('./commands/export')).verifyExportCommand,
  purge: async () => (await import('./commands/purge')).purgeCommand,
  report: async () => (await import('./commands/report')).reportCommand,
  org: async () => (await import('./commands/org')).orgCommand,
  deadline: async () => {
    const { deadlineCommand } = await import('./commands/deadline');
    return (argv, _globals, io) => deadlineCommand(argv, io);
  },
};

export const USAGE = `dpo — DPO Desk from a terminal (same workspace as the app)

  dpo init
  dpo import PATH... [--accept] [--json]     .eml files, .mbox files, folders of them
  dpo case new --type T --regime R --received YYYY-MM-DD[THH:MM] --name N --email E [--tz ZONE] [--json]
  dpo case show REF [--json]
  dpo cases list [--overdue] [--due-within DAYS] [--as-of YYYY-MM-DD] [--json]
  dpo deadline --regime R --type T --received YYYY-MM-DD [--country CC] [--extended] [--paused FROM..TO]... [--json]
  dpo audit verify
  dpo backup [FILE.dpobackup] [--json]      dpo restore FILE.dpobackup --data-dir NEW [--json]
  dpo case export REF --out FILE.zip [--json]      dpo verify-export FILE.zip [--json]
  dpo letter templates [--json]
  dpo letter render REF --template ID --lang en|de|fr --format pdf|docx|eml --out FILE [--extras FILE.json] [--attach FILE]... [--json]
  dpo purge --as-of YYYY-MM-DD [--dry-run] [--certificate FILE.pdf] [--json]
  dpo report --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json|pdf] [--out FILE] [--as-of YYYY-MM-DD]
  dpo org list|presets [--json]      dpo org add PRESET [--json]      dpo org show ID      dpo org save FILE.json [--json]

Workspace: --data-dir DIR or DPO_DATA_DIR (before or after the command).
Passphrase: DPO_PASSPHRASE, --passphrase-file FILE, or asked on the terminal.`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { globals, rest } = splitGlobalFlags(argv);
    if (rest.length === 0 || rest[0] === '--help' || rest[0] === '-h' || rest[0] === 'help') {
      io.stdout(USAGE);
      return rest.length === 0 ? EXIT.usage : EXIT.ok;
    }
    const two = `${rest[0]} ${rest[1] ?? ''}`.trim();
    const key = commands[two] ? two : commands[rest[0]] ? rest[0] : null;
    if (!key) {
      io.stderr(`Unknown command "${rest.slice(0, 2).join(' ')}".\n\n${USAGE}`);
      return EXIT.usage;
    }
    const args = rest.slice(key.split(' ').length);
    return await (await commands[key]())(args, globals, io);
  } catch (err) {
    io.stderr(err instanceof HostError || err instanceof Error ? err.message : String(err));
    return exitCodeFor(err);
  }
}
