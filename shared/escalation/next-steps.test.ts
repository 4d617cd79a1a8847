import { describe, expect, it } from 'vitest';
import { presetById } from '../organisations/presets';
import type { OrganisationProfile } from '../organisations/profile';
import { ladderFor } from './ladder-for';
import { requesterNextSteps } from './next-steps';
import type { EscalationStep } from './types';

const imtLadder = ladderFor(presetById('imt') as OrganisationProfile);
const imapsLadder = ladderFor(presetById('imaps') as OrganisationProfile);
const answered: EscalationStep[] = [{ stage: 'organisation', enteredAt: '2026-02-02' }];

describe("the next steps a complaint-response letter gives the requester", () => {
  it('an IMT complainant is told of BBB National Programs, the DPA, Commerce, the FTC and arbitration by notice to privacy@imtmems.com', () => {
    const { lang, paragraphs } = requesterNextSteps(imtLadder, answered, 'en');
    expect(lang).toBe('en');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toBe('If anything in our reply remains unclear or unresolved, write to us at privacy@imtmems.com.');
    expect(paragraphs[1]).toContain('free of charge, to our independent recourse mechanism, BBB National Programs: https://bbbprograms.org/');
    expect(paragraphs[2]).toContain('local data protection authority at any time');
    expect(paragraphs[3]).toContain('U.S. Department of Commerce (https://www.dataprivacyframework.gov)');
    expect(paragraphs[4]).toContain('Federal Trade Commission');
    expect(paragraphs[5]).toContain('binding arbitration before the Data Privacy Framework Panel by written notice to us at privacy@imtmems.com');
    expect(paragraphs.join(' ')).not.toMatch(/\{\w+\}/);
  });

  it('does not mention court review of an arbitral award before there is one', () => {
    const { paragraphs } = requesterNextSteps(imtLadder, answered, 'en');
    expect(paragraphs.some((p) => p.includes('arbitral award'))).toBe(false);
    const arbitrated: EscalationStep[] = [
      ...answered,
      { stage: 'recourse-body', enteredAt: '2026-03-25' },
      { stage: 'dpa', enteredAt: '2026-04-10' },
      { stage: 'commerce', enteredAt: '2026-05-04' },
      { stage: 'arbitration', enteredAt: '2026-08-03' },
    ];
    expect(requesterNextSteps(imtLadder, arbitrated, 'en').paragraphs).toEqual([
      'You may also contact the U.S. Federal Trade Commission, which has investigatory and enforcement powers over our compliance: https://reportfraud.ftc.gov.',
      'An arbitral award can be reviewed and enforced by a United States court.',
    ]);
  });

  it('once the complaint went to BBB National Programs, the letter no longer sends the requester there or back to the company', () => {
    const { paragraphs } = requesterNextSteps(imtLadder, [...answered, { stage: 'recourse-body', enteredAt: '2026-03-25' }], 'en');
    expect(paragraphs.some((p) => p.includes('BBB National Programs'))).toBe(false);
    expect(paragraphs.some((p) => p.includes('write to us'))).toBe(false);
    expect(paragraphs[0]).toContain('data protection authority');
  });

  it('a German member of IMAPS is told in German of Art. 77 and Art. 79 DSGVO, and to write to the DPO', () => {
    const { lang, paragraphs } = requesterNextSteps(imapsLadder, answered, 'de-DE');
    expect(lang).toBe('de');
    expect(paragraphs[0]).toBe('Wenn in unserer Antwort etwas unklar oder ungelöst bleibt, schreiben Sie uns an bschieman@imaps.org.');
    expect(paragraphs[1]).toContain('Beschwerde bei einer Datenschutz-Aufsichtsbehörde einzulegen');
    expect(paragraphs[1]).toContain('(Art. 77 DSGVO)');
    expect(paragraphs[1]).toContain('https://www.edpb.europa.eu/');
    expect(paragraphs[2]).toContain('(Art. 79 DSGVO)');
  });

  it('a French member is told in French', () => {
    const { lang, paragraphs } = requesterNextSteps(imapsLadder, answered, 'fr');
    expect(lang).toBe('fr');
    expect(paragraphs[1]).toContain("introduire une réclamation auprès d'une autorité de contrôle");
  });

  it('after the supervisory authority has the complaint, only the courts remain to be mentioned', () => {
    const { paragraphs } = requesterNextSteps(imapsLadder, [...answered, { stage: 'dpa', enteredAt: '2026-03-10' }], 'en');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toContain('within three months');
  });

  it('a language the ladder is not written in falls back to English', () => {
    const { lang, paragraphs } = requesterNextSteps(imapsLadder, answered, 'es');
    expect(lang).toBe('en');
    expect(paragraphs[1]).toContain('You have the right to lodge a complaint with a data protection supervisory authority');
  });

  it('a ladder without a profile leaves no placeholder behind, though it can name no address', () => {
    const { paragraphs } = requesterNextSteps(ladderFor('us-state'), answered, 'en');
    expect(paragraphs[0]).toBe(
      'If you disagree with our decision, you can appeal it by writing to us at the organisation. We will decide on your appeal within 60 days of receiving it and tell you the reasons.',
    );
  });
});
