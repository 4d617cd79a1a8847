// A passphrase hint for the create and change screens: length matters most, variety a little.
// The host accepts any non-empty passphrase; the UI refuses short ones because a stolen laptop
// gives an attacker unlimited offline guesses against the keyfile.
export const MIN_PASSPHRASE = 8;
export const GOOD_PASSPHRASE = 12;

export type Strength = { level: 'empty' | 'refused' | 'weak' | 'fair' | 'strong'; message: string; acceptable: boolean };

export function assessPassphrase(passphrase: string): Strength {
  const length = [...passphrase].length;
  if (length === 0) return { level: 'empty', message: `Use at least ${GOOD_PASSPHRASE} characters; a few unrelated words work well.`, acceptable: false };
  if (length < MIN_PASSPHRASE) return { level: 'refused', message: `Too short: at least ${MIN_PASSPHRASE} characters are required, ${GOOD_PASSPHRASE} or more recommended.`, acceptable: false };
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/, /\s/].filter((re) => re.test(passphrase)).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (distinct < 5) return { level: 'weak', message: 'Weak: too many repeated characters.', acceptable: true };
  if (length < GOOD_PASSPHRASE) return { level: 'weak', message: `Weak: ${length} characters. ${GOOD_PASSPHRASE} or more are recommended.`, acceptable: true };
  if (length >= 20 || (length >= 14 && classes >= 3)) return { level: 'strong', message: 'Strong.', acceptable: true };
  return { level: 'fair', message: classes >= 2 ? 'Fair: a little longer would make it strong.' : 'Fair: mix in words, digits or symbols, or make it longer.', acceptable: true };
}
