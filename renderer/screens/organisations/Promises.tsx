// The organisation's timing promises: the number of days is editable, the policy's words are not, so the
// DPO can always show where a promise comes from.
import type { OrganisationProfile } from '../../../shared/organisations/profile';
import { requestTypesText } from '../../lib/labels';

interface Props {
  draft: OrganisationProfile;
  errors: Record<string, string>;
  onDays(index: number, days: number | undefined): void;
}

export function Promises({ draft, errors, onDays }: Props) {
  if (draft.promises.length === 0) return <p className="muted empty-inline">The policy makes no promise about timing.</p>;
  return (
    <ul className="quote-list">
      {draft.promises.map((p, i) => {
        const error = errors[`promises.${i}.days`];
        return (
          <li key={p.id}>
            <div className="quote-head">
              <strong>{p.what.charAt(0).toUpperCase() + p.what.slice(1)}</strong>
              <span className="muted small">{requestTypesText(p.requestTypes)}</span>
            </div>
            <div className="promise-days">
              <label htmlFor={`promise-${p.id}`}>Within</label>
              <input
                id={`promise-${p.id}`}
                type="number"
                min={1}
                className="input-short"
                placeholder="—"
                value={p.days ?? ''}
                aria-invalid={error ? true : undefined}
                onChange={(e) => onDays(i, e.target.value === '' ? undefined : Number(e.target.value))}
              />
              <span>days</span>
              {p.days === undefined && <span className="muted small">no number: “a reasonable time”</span>}
            </div>
            {error && <div className="field-error">{error}</div>}
            <blockquote>
              “{p.source.quote}” <cite>{p.source.section}</cite>
            </blockquote>
            {p.note && <p className="quote-note">{p.note}</p>}
          </li>
        );
      })}
    </ul>
  );
}
