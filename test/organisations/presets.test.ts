// Reads the policy texts from disk, so it lives outside shared/ (which must not import Node).
import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { listPresets, presetById } from '../../shared/organisations/presets';
import type { OrganisationProfile, PolicyRef } from '../../shared/organisations/profile';
import { checkSubjectRule, designatedChannelFor, exceptionsOutside17_3, offersRight, promiseForDeadline, promisedDays, promisesFor } from '../../shared/organisations/queries';
import { computeDeadlines } from '../../shared/deadlines';

const imt = presetById('imt') as OrganisationProfile;
const imaps = presetById('imaps') as OrganisationProfile;

function policyText(profile: OrganisationProfile): string {
  return readFileSync(new URL(`../../shared/organisations/policies/${profile.policy.file}`, import.meta.url), 'utf8');
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every {section, quote} reference anywhere in a profile, with where it sits. */
function policyRefs(value: unknown, path = ''): Array<{ path: string; ref: PolicyRef }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => policyRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const here = typeof o.quote === 'string' && typeof o.section === 'string' ? [{ path, ref: o as unknown as PolicyRef }] : [];
    return [...here, ...Object.entries(o).flatMap(([k, v]) => policyRefs(v, `${path}.${k}`))];
  }
  return [];
}

describe('the organisations the product is first built for', () => {
  it('are both available as presets, by id', () => {
    expect(listPresets().map((p) => p.id)).toEqual(['imt', 'imaps']);
    expect(imt.legalName).toBe('Innovative Micro Technology, Inc.');
    expect(imaps.legalName).toBe('International Microelectronics Assembly and Packaging Society');
    expect(presetById('acme')).toBeUndefined();
  });

  it('hand out copies: a DPO editing a profile does not change the preset', () => {
    const copy = presetById('imt') as OrganisationProfile;
    copy.contact.email = 'someone@example.org';
    expect(presetById('imt')?.contact.email).toBe('privacy@imtmems.com');
  });

  it.each([
    ['imt', imt],
    ['imaps', imaps],
  ])('%s: every quote can be found word for word in its privacy policy', (_id, profile) => {
    const text = squash(policyText(profile));
    const refs = policyRefs(profile);
    expect(refs.length).toBeGreaterThan(20);
    const missing = refs.filter(({ ref }) => !text.includes(squash(ref.quote))).map(({ path, ref }) => `${path}: ${ref.quote}`);
    expect(missing).toEqual([]);
  });

  it.each([
    ['imt', imt],
    ['imaps', imaps],
  ])('%s: its holiday calendar is one the holiday library knows, in a real time zone', (_id, profile) => {
    const [country, state] = profile.country.split('-');
    const holidays = new Holidays(country, state);
    const names = holidays.getHolidays(2026).map((h) => h.name);
    expect(names).toContain('Independence Day');
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: profile.timeZone }).resolvedOptions().timeZone).toBe(profile.timeZone);
  });
});

describe('Innovative Micro Technology (Privacy Shield / DPF)', () => {
  it('is a Santa Barbara company whose complaints climb the DPF ladder', () => {
    expect(imt.country).toBe('US-CA');
    expect(imt.timeZone).toBe('America/Los_Angeles');
    expect(imt.address.lines).toContain('75 Robin Hill Road');
    expect(imt.regimes).toEqual(expect.arrayContaining(['dpf', 'ca-shine-the-light', 'coppa', 'can-spam']));
    expect(imt.ladderId).toBe('dpf');
  });

  it('names BBB National Programs as recourse body, EU DPAs, Commerce, the FTC and Annex I arbitration, each with the policy sentence', () => {
    const byStage = Object.fromEntries(imt.recourse.map((r) => [r.stage, r]));
    expect(Object.keys(byStage)).toEqual(['recourse-body', 'dpa', 'commerce', 'ftc', 'arbitration']);
    expect(byStage['recourse-body'].body.name).toBe('BBB National Programs');
    expect(byStage['recourse-body'].source.quote).toContain('BBB EU PRIVACY SHIELD');
    expect(byStage.arbitration.source.quote).toContain('upon written notice to I.M.T. at privacy@imtmems.com');
  });

  it('a message to privacy@imtmems.com without PRIVACY POLICY in the subject is still a request, with the rule noted', () => {
    expect(imt.contact.subjectRule?.consequence).toBe('still-a-request');
    const without = checkSubjectRule(imt, 'Privacy@IMTmems.com', 'Please delete my data');
    expect(without).toMatchObject({ applies: true, satisfied: false });
    expect(without.note).toContain('handled as a request all the same');
    expect(checkSubjectRule(imt, 'privacy@imtmems.com', 'RE: Privacy Policy - access request')).toEqual({ applies: true, satisfied: true });
  });

  it('a Shine the Light request e-mailed to privacy@imtmems.com arrived at the designated address', () => {
    expect(offersRight(imt, 'shine-the-light')).toBe(true);
    expect(designatedChannelFor(imt, 'privacy@imtmems.com')?.kind).toBe('email');
    expect(designatedChannelFor(imt, 'sales@imtmems.com')).toBeUndefined();
  });

  it("promises to delete a child's data, with no fixed number of days", () => {
    expect(imt.children).toMatchObject({ minimumAge: 13, deletionPromised: true, contact: 'privacy@imtmems.com' });
    expect(promisesFor(imt, 'child-data-deletion')).toHaveLength(1);
    expect(promisedDays(imt, 'child-data-deletion')).toBeUndefined();
  });

  it('offers opt-outs from direct marketing, transfer for marketing and onward transfer to agents', () => {
    expect(imt.optOuts.map((o) => o.kind)).toEqual(['marketing', 'marketing-transfer', 'onward-transfer', 'marketing']);
    expect(imt.optOuts.every((o) => o.requestType === 'objection')).toBe(true);
  });

  it('answers complaints on the framework clock: the policy itself gives no number of days', () => {
    expect(promisedDays(imt, 'complaint')).toBeUndefined();
    expect(promisesFor(imt, 'complaint')[0].note).toContain('45 days');
  });

  it('reserves an access fee, which the profile flags as unavailable against EU data subjects under the GDPR', () => {
    const fee = imt.commitments.find((c) => c.topic === 'Access fee');
    expect(fee?.source.quote).toBe('We may require payment of a non-excessive fee to defray our expenses in this regard.');
    expect(fee?.text).toContain('Arts. 12(5), 15(3)');
  });
});

describe('IMAPS (professional society under the GDPR)', () => {
  it('is a North Carolina society with a DPO, on the GDPR ladder', () => {
    expect(imaps.country).toBe('US-NC');
    expect(imaps.timeZone).toBe('America/New_York');
    expect(imaps.regimes).toContain('gdpr');
    expect(imaps.ladderId).toBe('gdpr-society');
    expect(imaps.dpo).toMatchObject({ name: 'Brian Schieman', email: 'bschieman@imaps.org' });
    expect(imaps.contact.subjectRule).toBeUndefined();
  });

  it('promises 30 days, so a request received 31 January must be answered by 2 March or the GDPR date, whichever is earlier', () => {
    // The dates are the deadline engine's; the profile supplies the 30 days and where they come from.
    for (const type of ['access', 'erasure', 'objection', 'complaint'] as const) expect(promisedDays(imaps, type)?.days).toBe(30);
    const { promise } = promisedDays(imaps, 'access')!;
    expect(promise.source).toEqual({ section: 'Contact Us', quote: 'Please allow up to 30 days for us to reply.' });
    expect(promise.note).toContain('The earlier of the two dates applies');
  });

  it("hands its 30-day promise to the deadline engine in the policy's own words", () => {
    const promise = promiseForDeadline(imaps, 'erasure');
    expect(promise).toEqual({ days: 30, label: 'IMAPS\'s privacy policy (Contact Us): "Please allow up to 30 days for us to reply."' });
    // The engine takes it as it is; which date wins is the engine's business and is tested there.
    const deadlines = computeDeadlines({ regime: 'gdpr', requestType: 'erasure', receivedAt: '2026-01-31', timeZone: imaps.timeZone, promise });
    const fromPromise = deadlines.find((d) => d.kind === 'promise');
    expect(fromPromise?.basis).toContain('Please allow up to 30 days for us to reply.');
    expect(promiseForDeadline(imt, 'erasure')).toBeUndefined();
  });

  it('lists its erasure exceptions; only the legal-obligation ground is a GDPR Art. 17(3) ground', () => {
    expect(imaps.erasureExceptions.map((e) => [e.id, e.gdprArt17_3])).toEqual([
      ['legitimate-interests-fraud', null],
      ['legal-obligations', 'b'],
      ['public-content-anonymised', null],
      ['log-records-disassociated', null],
      ['backup-copies', null],
    ]);
    expect(exceptionsOutside17_3(imaps)).toHaveLength(4);
  });

  it('tells data subjects they may complain to a data protection authority', () => {
    expect(imaps.recourse).toHaveLength(1);
    expect(imaps.recourse[0]).toMatchObject({ stage: 'dpa' });
    expect(offersRight(imaps, 'complaint')).toBe(true);
  });

  it('offers every GDPR right the app handles', () => {
    for (const type of ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent'] as const) {
      expect(offersRight(imaps, type)).toBe(true);
    }
  });
});
