// `dpo org`: the organisations a workspace serves, from a terminal. Letters need a case's
// organisation (its name, address and regimes), so a workspace set up without the app adds one
// here: from a profile the product ships with, or from a profile file the DPO edited.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OrganisationProfile } from '../../../shared/organisations/profile';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

const USAGE = 'Usage: dpo org list|presets [--json]   dpo org add PRESET [--json]   dpo org show ID   dpo org save FILE.json [--json]';

function readProfileFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (err) {
    throw usageError(`Could not read the profile file "${path}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw usageError(`The profile file "${path}" is not JSON (${(err as Error).message}). Start from \`dpo org show ID\`.`);
  }
}

export async function orgCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, true);
  const [action, arg, extra] = positionals;
  const needsArg = action === 'add' || action === 'show' || action === 'save';
  if (!['list', 'presets', 'add', 'show', 'save'].includes(action ?? '') || (needsArg ? !arg || extra !== undefined : arg !== undefined)) throw usageError(USAGE);
  const profile = action === 'save' ? readProfileFile(arg) : undefined;
  const host = await openUnlocked(globals, io);
  try {
    const print = (json: unknown, text: string) => io.stdout(values.json ? JSON.stringify(json) : text);
    switch (action) {
      case 'list': {
        const orgs = await host.api['organisations.list']({});
        print(orgs, orgs.length ? orgs.map((o) => `${o.id}  ${o.name} (${o.country}, ${o.regimes.join('/')}) — ${o.caseCount} case(s)`).join('\n') : 'No organisations yet: add one with `dpo org presets` and `dpo org add PRESET`.');
        break;
      }
      case 'presets': {
        const presets = await host.api['organisations.presets']({});
        print(presets, presets.map((p) => `${p.id}  ${p.name}: ${p.description}`).join('\n'));
        break;
      }
      case 'add': {
        const added = await host.api['organisations.addPreset']({ presetId: arg });
        print(added, `Added organisation ${added.id}.`);
        break;
      }
      case 'show':
        // The full profile is what `dpo org save` takes back, so it is always JSON.
        io.stdout(JSON.stringify(await host.api['organisations.get']({ id: arg }), null, 2));
        break;
      case 'save': {
        // The host checks every field of the profile and names the first one that is wrong.
        const saved = await host.api['organisations.save']({ profile: profile as OrganisationProfile });
        print(saved, `Saved organisation ${saved.id}.`);
        break;
      }
    }
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}
