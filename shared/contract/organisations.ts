// Organisations the DPO serves: their policy profiles (promises, channels, ladder, rule overrides).
import { z } from 'zod';
import { OrganisationProfile } from '../organisations/profile';
import { method } from './define';

export const OrganisationSummary = z.object({ id: z.string(), name: z.string(), country: z.string(), timeZone: z.string(), regimes: z.array(z.string()), ladderId: z.string(), caseCount: z.number() });

export const organisationMethods = {
  'organisations.list': method(z.object({}), z.array(OrganisationSummary), 'Organisations in this workspace'),
  'organisations.get': method(z.object({ id: z.string().min(1).max(80) }), OrganisationProfile, 'One organisation\'s full profile'),
  'organisations.presets': method(z.object({}), z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })), 'Profiles built from the policies the product ships with'),
  'organisations.addPreset': method(z.object({ presetId: z.string().min(1).max(80) }), z.object({ id: z.string() }), 'Add an organisation from a preset'),
  'organisations.save': method(z.object({ profile: OrganisationProfile }), z.object({ id: z.string() }), 'Create or update an organisation profile (audited)'),
};
