// The facts a DPO types for one letter land where the letter engine reads them.
import { describe, expect, it } from 'vitest';
import { getExtra, inputFor, parseRefused, refusedText, setExtra } from './extras-fields';

describe('letter facts typed in the editor', () => {
  it('a fee of 25 EUR is stored as an amount and a currency, and clearing it makes it missing again', () => {
    const withFee = setExtra({}, 'letter.fee', { amount: 25, currency: 'EUR' });
    expect(withFee).toEqual({ fee: { amount: 25, currency: 'EUR' } });
    expect(getExtra(withFee, 'letter.fee')).toEqual({ amount: 25, currency: 'EUR' });
    expect(setExtra(withFee, 'letter.fee', undefined)).toEqual({});
  });

  it('the Art. 15 purposes go under access, and the reply-by date under requesterReplyBy', () => {
    const e = setExtra(setExtra({}, 'letter.access.purposes', 'membership administration'), 'due.requesterReply', '2026-02-14');
    expect(e).toEqual({ access: { purposes: 'membership administration' }, requesterReplyBy: '2026-02-14' });
    expect(setExtra(e, 'letter.access.purposes', '')).toEqual({ requesterReplyBy: '2026-02-14' });
    expect(inputFor('due.requesterReply').kind).toBe('date');
  });

  it('an empty list of Shine the Light disclosures is an answer ("none"), not a missing fact', () => {
    expect(setExtra({}, 'letter.disclosures', [])).toEqual({ disclosures: [] });
    expect(setExtra({}, 'letter.clarificationQuestions', [])).toEqual({});
  });

  it('refused erasure items are read one a line as what | ground | detail, and a line without a ground a–e is pointed out', () => {
    const { items, bad } = parseRefused('Invoices 2023–2025 | b | US tax law requires seven years\nCorrespondence about the 2025 dispute | (e)\nEverything else');
    expect(items).toEqual([
      { what: 'Invoices 2023–2025', ground: 'b', detail: 'US tax law requires seven years' },
      { what: 'Correspondence about the 2025 dispute', ground: 'e' },
    ]);
    expect(bad).toEqual(['Everything else']);
    expect(refusedText(items)).toBe('Invoices 2023–2025 | b | US tax law requires seven years\nCorrespondence about the 2025 dispute | e');
  });
});
