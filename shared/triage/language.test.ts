// The language is read from what the sender wrote, without their links and mail addresses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage, withoutAddresses } from './language';

const ADDRESSES = /https?:\/\/\S+|\S+@\S+/g;

describe('reading the language without links and addresses', () => {
  it('drops mail addresses whole and links from their http(s):// on', () => {
    expect(withoutAddresses('Write to jan@example.de or see https://example.de/faq.')).toBe('Write to   or see  ');
    expect(withoutAddresses('(see:http://example.org) @handle trailing@ a@b')).toBe('(see:  @handle trailing@  ');
  });

  it('removes exactly what the plain expression removes, on any text', () => {
    const text = fc.array(fc.constantFrom('a', 'h', 't', 'p', 's', ':', '/', '@', ' ', '\n', '.', 'é', 'http://', 'https://'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => withoutAddresses(t) === t.replace(ADDRESSES, ' ')), { numRuns: 5000 });
  });

  it('a message of one 200 KB word (a pasted scan, say) is still read', () => {
    // Replacing with the expression itself took minutes here: its cost grew with the square of the word.
    expect(detectLanguage('Scan', 'x'.repeat(200 * 1024)).language).toBeTruthy();
  });
});
