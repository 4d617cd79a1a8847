import { describe, expect, it } from 'vitest';
import { NewCase } from '../../shared/contract/cases';
import { validateNewCase, type NewCaseDraft } from './new-case-validation';

const filled: NewCaseDraft = {
  name: 'Erika Mustermann',
  email: 'Erika@Example.org',
  requestTypes: ['access'],
  regimes: ['gdpr'],
  jurisdiction: '',
  date: '2026-01-31',
  time: '10:15',
  timeZone: 'Europe/Berlin',
  channel: 'email',
  subject: '  Auskunft nach Art. 15  ',
};

describe('the new-case form', () => {
  it('turns an access request received in Berlin on 31 January at 10:15 into the host input', () => {
    const { errors, input } = validateNewCase(filled, NewCase);
    expect(errors).toEqual({});
    expect(input).toEqual({
      requester: { name: 'Erika Mustermann', email: 'Erika@Example.org' },
      requestTypes: ['access'],
      regimes: ['gdpr'],
      receivedLocal: '2026-01-31T10:15',
      timeZone: 'Europe/Berlin',
      channel: 'email',
      subject: 'Auskunft nach Art. 15',
    });
  });

  it('names each missing field in its own words', () => {
    const { errors, input } = validateNewCase({ ...filled, name: ' ', email: '', requestTypes: [], regimes: [], date: '' }, NewCase);
    expect(input).toBeNull();
    expect(errors.name).toBe('The requester needs a name.');
    expect(errors.email).toBe("Give the requester's email address.");
    expect(errors.requestTypes).toBe('Choose at least one request type.');
    expect(errors.regimes).toBe('Choose at least one regime.');
    expect(errors.date).toBe('Give the date the request was received.');
  });

  it('refuses an address that is not an email', () => {
    expect(validateNewCase({ ...filled, email: 'erika at example' }, NewCase).errors.email).toBe('Not an email address.');
  });

  it('sends only the date when no time was given', () => {
    expect(validateNewCase({ ...filled, time: '' }, NewCase).input?.receivedLocal).toBe('2026-01-31');
  });

  it('passes a chosen jurisdiction on, and leaves it to the regime otherwise', () => {
    expect(validateNewCase({ ...filled, jurisdiction: 'ch' }, NewCase).input?.jurisdiction).toBe('ch');
    expect(validateNewCase(filled, NewCase).input).not.toHaveProperty('jurisdiction');
  });

  it('refuses a receipt date far in the future as a typing slip', () => {
    expect(validateNewCase({ ...filled, date: '2099-01-01' }, NewCase).errors.date).toBe('That date is in the future.');
  });
});
