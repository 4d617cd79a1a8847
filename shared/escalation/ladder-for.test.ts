import { describe, expect, it } from 'vitest';
import { presetById } from '../organisations/presets';
import { OrganisationProfile } from '../organisations/profile';
import { LADDERS } from './ladders';
import { ladderFor } from './ladder-for';
import { Ladder } from './types';

const imt = presetById('imt') as OrganisationProfile;
const imaps = presetById('imaps') as OrganisationProfile;

describe("an organisation's own ladder", () => {
  it("IMT's first step is IMT itself, at privacy@imtmems.com and its Santa Barbara address", () => {
    const first = ladderFor(imt).stages[0];
    expect(first.body).toEqual({
      name: 'Innovative Micro Technology',
      email: 'privacy@imtmems.com',
      postal: 'Innovative Micro Technology, Inc., Attention – Marketing Communications, 75 Robin Hill Road, Santa Barbara, CA 93117',
      phone: '1-805-681-2800',
    });
  });

  it("IMT's recourse body is BBB National Programs, carrying the policy sentence that commits IMT to it", () => {
    const bbb = ladderFor(imt).stages.find((s) => s.stage === 'recourse-body');
    expect(bbb?.body.name).toBe('BBB National Programs');
    expect(bbb?.body.note).toContain('BBB EU PRIVACY SHIELD');
    expect(bbb?.policyQuote).toContain('has further committed to refer unresolved privacy complaints');
  });

  it('IMT promises no number of days for complaints, so only the 45-day framework clock runs at the first step', () => {
    expect(ladderFor(imt).stages[0].timeLimits.map((t) => t.ruleId)).toEqual(['dpf.complaint.days']);
  });

  it("IMAPS' 30-day promise runs beside the GDPR month at the first step, quoted from its policy", () => {
    const limits = ladderFor(imaps).stages[0].timeLimits;
    expect(limits.map((t) => [t.ruleId, t.amount, t.unit])).toEqual([
      ['gdpr.respond.months', 1, 'months'],
      ['gdpr.extension.months', 2, 'months'],
      ['promise.reply-within-30-days', 30, 'days'],
    ]);
    expect(limits[2].source).toBe('IMAPS privacy policy, Contact Us: "Please allow up to 30 days for us to reply."');
  });

  it('complaints to IMAPS are answered by its DPO, Brian Schieman', () => {
    expect(ladderFor(imaps).stages[0].body.email).toBe('bschieman@imaps.org');
  });

  it('is still a valid ladder, and leaves the shared ladder untouched', () => {
    expect(() => Ladder.parse(ladderFor(imt))).not.toThrow();
    expect(() => Ladder.parse(ladderFor(imaps))).not.toThrow();
    expect(LADDERS.dpf.stages[0].body.name).toBe('the organisation');
    expect(LADDERS['gdpr-society'].stages[0].timeLimits).toHaveLength(2);
  });

  it('by id gives the ladder as the legal reference describes it; an unknown id is refused', () => {
    expect(ladderFor('uk').stages.map((s) => s.stage)).toEqual(['organisation', 'dpa', 'court']);
    expect(() => ladderFor('privacy-shield' as never)).toThrow();
  });

  it('a Swiss organisation added by the DPO gets the FDPIC ladder under its own name', () => {
    const swiss = OrganisationProfile.parse({
      ...imaps,
      id: 'alpenmems',
      name: 'AlpenMEMS AG',
      legalName: 'AlpenMEMS AG',
      country: 'CH',
      timeZone: 'Europe/Zurich',
      regimes: ['ch-fadp'],
      regimeSources: {},
      dpo: undefined,
      contact: { ...imaps.contact, email: 'datenschutz@alpenmems.example', subjectRule: undefined },
      promises: [],
      recourse: [],
      ladderId: 'ch',
    });
    const ladder = ladderFor(swiss);
    expect(ladder.stages.map((s) => `${s.stage}: ${s.body.name}`)).toEqual([
      'organisation: AlpenMEMS AG',
      'dpa: the Federal Data Protection and Information Commissioner (FDPIC)',
      'court: the competent Swiss civil court',
    ]);
    expect(ladder.stages[0].body.email).toBe('datenschutz@alpenmems.example');
  });
});
