import { describe, expect, it } from 'vitest';
import { validateOverrides } from '../deadlines';
import { IMAPS } from './preset-data/imaps';
import { IMT } from './preset-data/imt';
import { DEFAULT_RETENTION_MONTHS, OrganisationProfile, type OrganisationProfileInput } from './profile';

/** A small organisation a DPO might add by hand: only what the schema requires. */
const newOrganisation: OrganisationProfileInput = {
  id: 'nordlicht-verein',
  name: 'Nordlicht e.V.',
  legalName: 'Nordlicht Verein für Mikrosystemtechnik e.V.',
  address: { lines: ['Hafenstraße 1', '20457 Hamburg'], country: 'DE' },
  country: 'DE',
  timeZone: 'Europe/Berlin',
  regimes: ['gdpr'],
  regimeSources: {},
  policy: { title: 'Datenschutzerklärung', file: 'nordlicht.txt' },
  contact: {
    email: 'datenschutz@nordlicht.example',
    channels: [{ kind: 'email', label: 'Datenschutz', address: 'datenschutz@nordlicht.example', designated: true, source: { section: '1', quote: 'datenschutz@nordlicht.example' } }],
  },
  promises: [],
  rights: [],
  erasureExceptions: [],
  optOuts: [],
  recourse: [],
  commitments: [],
  ladderId: 'gdpr-society',
};

function issues(input: unknown): string[] {
  const r = OrganisationProfile.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('an organisation profile', () => {
  it('added by hand gets sensible defaults: closed cases kept 36 months, English letters, no rule overrides', () => {
    const p = OrganisationProfile.parse(newOrganisation);
    expect(p.retention.closedCaseMonths).toBe(DEFAULT_RETENTION_MONTHS);
    expect(DEFAULT_RETENTION_MONTHS).toBe(36);
    expect(p.languages).toEqual(['en']);
    expect(p.rulesOverrides).toEqual({});
  });

  it('carries settings the deadline engine accepts, such as the German holiday calendar for GDPR roll-forward', () => {
    const p = OrganisationProfile.parse({ ...newOrganisation, rulesOverrides: { 'gdpr.calendar': 'DE', 'gdpr.extension.months': 2 } });
    expect(() => validateOverrides(p.rulesOverrides)).not.toThrow();
    expect(() => validateOverrides({ 'gdpr.respond.days': 28 })).toThrow();
  });

  it('needs a slug as id, a real time zone and a holiday calendar code', () => {
    expect(issues({ ...newOrganisation, id: 'Nordlicht e.V.' })[0]).toMatch(/^id: An organisation id is a lower-case slug/);
    expect(issues({ ...newOrganisation, timeZone: 'Europe/Hamburg' })[0]).toMatch(/^timeZone: Not a time zone name/);
    expect(issues({ ...newOrganisation, country: 'germany' })[0]).toMatch(/^country:/);
    expect(issues({ ...newOrganisation, country: 'GB-ENG' })).toEqual([]);
  });

  it('refuses a recourse body for a stage its ladder does not have: the society has no arbitration step', () => {
    const withArbitration = { ...IMAPS, recourse: [...(IMAPS.recourse ?? []), { ...IMT.recourse.find((r) => r.stage === 'arbitration')! }] };
    expect(issues(withArbitration)).toEqual(['recourse.1.stage: The gdpr-society ladder has no "arbitration" stage.']);
  });

  it('refuses two promises with the same id, so a clock is never ambiguous', () => {
    const promise = IMAPS.promises[0];
    expect(issues({ ...IMAPS, promises: [promise, promise] })).toEqual(['promises.1.id: "reply-within-30-days" is used twice.']);
  });

  it('refuses a regime source for a regime the organisation is not subject to', () => {
    expect(issues({ ...newOrganisation, regimeSources: { dpf: { section: 'x', quote: 'y' } } })).toEqual([
      'regimeSources.dpf: A source is given for "dpf", which is not among the regimes.',
    ]);
  });

  it('records a subject-line rule only with the consequence that a request without it is still a request', () => {
    const rule = { ...IMT.contact.subjectRule!, consequence: 'ignore-message' };
    expect(issues({ ...IMT, contact: { ...IMT.contact, subjectRule: rule } })[0]).toMatch(/^contact\.subjectRule\.consequence:/);
  });

  it('maps an erasure exception to a GDPR Art. 17(3) letter a to e, or to none', () => {
    const bad = { ...IMAPS, erasureExceptions: [{ ...IMAPS.erasureExceptions[0], gdprArt17_3: 'f' }] };
    expect(issues(bad)[0]).toMatch(/^erasureExceptions\.0\.gdprArt17_3:/);
  });
});
