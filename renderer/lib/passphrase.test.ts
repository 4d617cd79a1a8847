import { describe, expect, it } from 'vitest';
import { assessPassphrase } from './passphrase';

describe('the passphrase hint on the create and change screens', () => {
  it('refuses a passphrase under 8 characters', () => {
    const s = assessPassphrase('tiger7!');
    expect(s.level).toBe('refused');
    expect(s.acceptable).toBe(false);
  });

  it('accepts 8 to 11 characters but warns that 12 or more are recommended', () => {
    const s = assessPassphrase('Tiger7!x9');
    expect(s.acceptable).toBe(true);
    expect(s.level).toBe('weak');
    expect(s.message).toContain('12');
  });

  it('calls a long passphrase of unrelated words strong', () => {
    expect(assessPassphrase('correct horse battery staple').level).toBe('strong');
  });

  it('does not praise a long run of one repeated character', () => {
    expect(assessPassphrase('aaaaaaaaaaaaaaaaaaaaaa').level).toBe('weak');
  });

  it('asks for a passphrase when the field is empty', () => {
    expect(assessPassphrase('')).toMatchObject({ level: 'empty', acceptable: false });
  });
});
