// The facts the chosen template needs that the case cannot know: one control per fact, required ones
// marked, and a missing one flagged in red until it is given.
import { useState } from 'react';
import type { LetterExtras, TemplateView } from '../../../shared/contract/letters';
import { Field } from '../Field';
import { getExtra, inputFor, linesOf, parseRefused, refusedText, setExtra } from './extras-fields';

interface Props {
  template: TemplateView;
  extras: LetterExtras;
  missing: Set<string>;
  disabled: boolean;
  onChange(extras: LetterExtras): void;
}

/** Overrides of profile facts are shown only when the profile lacks them or the DPO already set one. */
const OVERRIDES = ['org.supervisoryAuthority', 'org.recourseBody'];

export function ExtrasForm({ template, extras, missing, disabled, onChange }: Props) {
  const fields = template.extraFields.filter((f) => !OVERRIDES.includes(f.field) || missing.has(f.field) || getExtra(extras, f.field) !== undefined);
  if (!fields.length) return <p className="muted small">This letter needs nothing beyond the case.</p>;
  return (
    <div className="extras-form">
      {fields.map((f) => (
        <ExtraField key={f.field} field={f.field} label={f.label} required={f.required} missing={missing.has(f.field)} extras={extras} disabled={disabled} onChange={onChange} />
      ))}
    </div>
  );
}

function ExtraField({ field, label, required, missing, extras, disabled, onChange }: {
  field: string; label: string; required: boolean; missing: boolean; extras: LetterExtras; disabled: boolean; onChange(e: LetterExtras): void;
}) {
  const input = inputFor(field);
  const value = getExtra(extras, field);
  const set = (v: unknown) => onChange(setExtra(extras, field, v));
  const error = missing ? 'Needed before export.' : null;
  const title = label.charAt(0).toUpperCase() + label.slice(1);

  switch (input.kind) {
    case 'money': {
      const fee = (value as LetterExtras['fee']) ?? undefined;
      return (
        <div className={`field${missing ? ' field-invalid' : ''}`}>
          <span className="field-label">{title}{required && <span className="required"> *</span>}</span>
          <div className="inline-form">
            <input type="number" className="input-amount" min={0} step="0.01" aria-label="Fee amount" disabled={disabled} value={fee?.amount ?? ''}
              onChange={(e) => set(e.target.value === '' ? undefined : { amount: Number(e.target.value), currency: fee?.currency ?? 'EUR' })} />
            <input className="input-short" aria-label="Currency" maxLength={3} disabled={disabled} value={fee?.currency ?? 'EUR'}
              onChange={(e) => fee && set({ ...fee, currency: e.target.value.toUpperCase() })} />
          </div>
          {error && <div className="field-error">{error}</div>}
        </div>
      );
    }
    case 'date':
      return (
        <Field label={title} required={required} error={error} hint={input.hint}>
          <input type="date" disabled={disabled} value={(value as string) ?? ''} onChange={(e) => set(e.target.value || undefined)} />
        </Field>
      );
    case 'year':
      return (
        <Field label={title} required={required} error={error}>
          <input type="number" min={1990} max={2200} disabled={disabled} value={(value as number) ?? ''} onChange={(e) => set(e.target.value ? Number(e.target.value) : undefined)} />
        </Field>
      );
    case 'lines':
      return <LinesField title={title} required={required} error={error} hint={input.hint} disabled={disabled} value={(value as string[]) ?? []} onChange={set} allowEmpty={field === 'letter.disclosures'} />;
    case 'refused':
      return <RefusedField title={title} required={required} error={error} hint={input.hint} disabled={disabled} value={value as LetterExtras['refusedItems']} onChange={set} />;
    case 'addressee': {
      const a = (value as LetterExtras['addressee']) ?? undefined;
      return (
        <div className={`field${missing ? ' field-invalid' : ''}`}>
          <Field label="Written to (body or regulator)" required={required} error={error}>
            <input disabled={disabled} value={a?.name ?? ''} onChange={(e) => set(e.target.value ? { ...a, name: e.target.value } : undefined)} />
          </Field>
          <Field label="Their postal address">
            <textarea rows={3} disabled={disabled || !a} value={a?.address ?? ''} onChange={(e) => a && set({ ...a, address: e.target.value || undefined })} />
          </Field>
        </div>
      );
    }
    default:
      return (
        <Field label={title} required={required} error={error}>
          <textarea rows={2} disabled={disabled} value={(value as string) ?? ''} onChange={(e) => set(e.target.value || undefined)} />
        </Field>
      );
  }
}

// Text areas keep what is typed (blank lines included) and hand the parsed list up.
function LinesField({ title, required, error, hint, disabled, value, onChange, allowEmpty }: {
  title: string; required: boolean; error: string | null; hint?: string; disabled: boolean; value: string[]; onChange(v: string[] | undefined): void; allowEmpty: boolean;
}) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <Field label={title} required={required} error={error} hint={allowEmpty ? 'One a line; left empty, the letter says there were none.' : hint}>
      <textarea rows={3} disabled={disabled} value={text} onChange={(e) => {
        setText(e.target.value);
        const lines = linesOf(e.target.value);
        onChange(lines.length || allowEmpty ? lines : undefined);
      }} />
    </Field>
  );
}

function RefusedField({ title, required, error, hint, disabled, value, onChange }: {
  title: string; required: boolean; error: string | null; hint?: string; disabled: boolean; value: LetterExtras['refusedItems']; onChange(v: LetterExtras['refusedItems']): void;
}) {
  const [text, setText] = useState(refusedText(value));
  const { bad } = parseRefused(text);
  return (
    <Field label={title} required={required} error={error ?? (bad.length ? `Give a ground a–e for: ${bad.join('; ')}` : null)} hint={hint}>
      <textarea rows={3} disabled={disabled} value={text} onChange={(e) => {
        setText(e.target.value);
        const { items } = parseRefused(e.target.value);
        onChange(items.length ? items : undefined);
      }} />
    </Field>
  );
}
