import type { HostImpl } from '../../../shared/contract';
import { HostError } from '../../../shared/contract/define';
import { listPresets, presetById } from '../../../shared/organisations/presets';
import type { HostContext } from '../context';
import { getOrganisation, listOrganisations, saveOrganisation } from '../organisations/repo';

export function organisationHandlers(ctx: HostContext): Pick<HostImpl, 'organisations.list' | 'organisations.get' | 'organisations.presets' | 'organisations.addPreset' | 'organisations.save'> {
  const db = () => ctx.workspace.database();
  return {
    'organisations.list': async () => listOrganisations(db()),
    'organisations.get': async ({ id }) => getOrganisation(db(), id),
    'organisations.presets': async () => listPresets().map((p) => ({ id: p.id, name: p.name, description: `${p.legalName} — ${p.regimes.join(', ')}; ladder ${p.ladderId}` })),
    'organisations.addPreset': async ({ presetId }) => {
      const preset = presetById(presetId);
      if (!preset) throw new HostError('not-found', `There is no preset "${presetId}".`);
      saveOrganisation(db(), preset, ctx.ports.now().toISOString());
      return { id: preset.id };
    },
    'organisations.save': async ({ profile }) => {
      saveOrganisation(db(), profile, ctx.ports.now().toISOString());
      return { id: profile.id };
    },
  };
}
