// The two organisations the product is first built for, parsed once through the schema so defaults apply
// and a mistake in the data fails loudly in tests rather than quietly in a letter.
import { IMAPS } from './preset-data/imaps';
import { IMT } from './preset-data/imt';
import { OrganisationProfile } from './profile';

const PRESETS: readonly OrganisationProfile[] = [IMT, IMAPS].map((p) => OrganisationProfile.parse(p));

export const PRESET_IDS = PRESETS.map((p) => p.id);

/** Fresh copies, so a caller editing a profile never changes the preset. */
export function listPresets(): OrganisationProfile[] {
  return PRESETS.map((p) => structuredClone(p));
}

export function presetById(id: string): OrganisationProfile | undefined {
  const p = PRESETS.find((x) => x.id === id);
  return p ? structuredClone(p) : undefined;
}
