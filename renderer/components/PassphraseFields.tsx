// A new passphrase typed twice, with the strength hint. Used when creating, recovering and changing.
import { assessPassphrase } from '../lib/passphrase';
import { Field } from './Field';

export interface NewPassphrase {
  first: string;
  second: string;
}

/** Why the pair cannot be used yet, or null. */
export function newPassphraseProblem(p: NewPassphrase): { field: 'first' | 'second'; message: string } | null {
  const strength = assessPassphrase(p.first);
  if (!strength.acceptable) return { field: 'first', message: strength.level === 'empty' ? 'Choose a passphrase.' : strength.message };
  if (p.first !== p.second) return { field: 'second', message: 'The two passphrases are not the same.' };
  return null;
}

interface Props {
  value: NewPassphrase;
  onChange(value: NewPassphrase): void;
  labels?: { first: string; second: string };
  showErrors: boolean;
  autoFocus?: boolean;
}

export function PassphraseFields({ value, onChange, labels = { first: 'New passphrase', second: 'Repeat the passphrase' }, showErrors, autoFocus }: Props) {
  const strength = assessPassphrase(value.first);
  const problem = showErrors ? newPassphraseProblem(value) : null;
  return (
    <>
      <Field label={labels.first} error={problem?.field === 'first' ? problem.message : null} required>
        <input type="password" autoComplete="new-password" autoFocus={autoFocus} value={value.first} onChange={(e) => onChange({ ...value, first: e.target.value })} />
      </Field>
      <div className={`strength strength-${strength.level}`} aria-live="polite">
        <span className="strength-bar" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
        </span>
        {/* The field's own error already says it when the passphrase is refused. */}
        {problem?.field !== 'first' && <span className="strength-text">{strength.message}</span>}
      </div>
      <Field label={labels.second} error={problem?.field === 'second' ? problem.message : null} required>
        <input type="password" autoComplete="new-password" value={value.second} onChange={(e) => onChange({ ...value, second: e.target.value })} />
      </Field>
    </>
  );
}
