import { describe, expect, it } from 'vitest';
import { presetById } from '../../../shared/organisations/presets';
import { overridesFromTexts, overrideTexts, parseLanguages, profileErrors } from './profile-form';

const imaps = () => presetById('imaps')!;

describe('checking an organisation profile before it is saved', () => {
  it('the IMAPS preset as shipped has nothing to correct', () => {
    expect(profileErrors(imaps())).toEqual({});
  });

  it('an empty name, a bad contact email and an unknown holiday region are each reported on their own field', () => {
    const p = { ...imaps(), name: '', country: 'US-ZZ', contact: { ...imaps().contact, email: 'privacy at imaps' } };
    const errors = profileErrors(p);
    expect(Object.keys(errors).sort()).toEqual(['contact.email', 'country', 'name']);
    expect(errors['contact.email']).toBe('Not an email address.');
    expect(errors.country).toMatch(/has no region "ZZ"/);
  });

  it('a promise of zero days is reported on that promise', () => {
    const p = imaps();
    p.promises[0].days = 0;
    expect(Object.keys(profileErrors(p))).toEqual(['promises.0.days']);
  });

  it('languages typed as "EN, de" are two codes', () => {
    expect(parseLanguages('EN, de')).toEqual(['en', 'de']);
    expect(parseLanguages('  ')).toEqual([]);
  });
});

describe('rule overrides typed in the Rules table', () => {
  it('"5" for the CAN-SPAM opt-out becomes 5 business days; an empty box keeps the default', () => {
    expect(overridesFromTexts({ 'can-spam.stop.business-days': '5', 'gdpr.respond.months': '' })).toEqual({ overrides: { 'can-spam.stop.business-days': 5 }, errors: {} });
  });

  it('a value equal to the default is not kept as an override', () => {
    expect(overridesFromTexts({ 'ch-fadp.respond.days': '30' }).overrides).toEqual({});
  });

  it('a flag typed "on", a reading and a holiday calendar are accepted in their own types', () => {
    const out = overridesFromTexts({ 'ch-fadp.roll-forward': 'on', 'gdpr.extension.reading': 'from-receipt', 'gdpr.calendar': 'DE' });
    expect(out).toEqual({ overrides: { 'ch-fadp.roll-forward': true, 'gdpr.extension.reading': 'from-receipt', 'gdpr.calendar': 'DE' }, errors: {} });
    expect(overrideTexts(out.overrides)).toEqual({ 'ch-fadp.roll-forward': 'on', 'gdpr.extension.reading': 'from-receipt', 'gdpr.calendar': 'DE' });
  });

  it('"ten" days and an unknown reading are refused, each with the kind of value the rule takes', () => {
    const out = overridesFromTexts({ 'can-spam.stop.business-days': 'ten', 'gdpr.extension.reading': 'later' });
    expect(out.overrides).toEqual({});
    expect(out.errors['can-spam.stop.business-days']).toBe('The override for can-spam.stop.business-days must be a whole number of at least 1.');
    expect(out.errors['gdpr.extension.reading']).toMatch(/must be one of earlier, after-first-month, from-receipt\.$/);
  });
});
