// The profile's editable fields: who the organisation is, where it sits, which laws and ladder apply.
import { useMemo } from 'react';
import { LADDERS } from '../../../shared/escalation/ladders';
import { LADDER_IDS, type LadderId } from '../../../shared/escalation/types';
import { REGIMES, type Regime } from '../../../shared/domain/ids';
import type { OrganisationProfile } from '../../../shared/organisations/profile';
import { Field } from '../../components/Field';
import { timeZones } from '../../lib/format';
import { REGIME_LABELS } from '../../lib/labels';

interface Props {
  draft: OrganisationProfile;
  languages: string;
  errors: Record<string, string>;
  onChange(update: (p: OrganisationProfile) => OrganisationProfile): void;
  onLanguages(text: string): void;
}

const orUndefined = (s: string) => (s.trim() ? s : undefined);

export function ProfileFields({ draft, languages, errors, onChange, onLanguages }: Props) {
  const zones = useMemo(() => {
    const list = timeZones();
    return list.includes(draft.timeZone) ? list : [draft.timeZone, ...list];
  }, [draft.timeZone]);
  const set = <K extends keyof OrganisationProfile>(key: K, value: OrganisationProfile[K]) => onChange((p) => ({ ...p, [key]: value }));
  const toggleRegime = (r: Regime) => set('regimes', draft.regimes.includes(r) ? draft.regimes.filter((x) => x !== r) : [...draft.regimes, r]);
  const err = (key: string) => errors[key] ?? null;

  return (
    <>
      <fieldset className="group">
        <legend>Organisation</legend>
        <div className="row-2">
          <Field label="Name" error={err('name')} required>
            <input type="text" autoComplete="off" value={draft.name} onChange={(e) => set('name', e.target.value)} />
          </Field>
          <Field label="Legal name" error={err('legalName')} required>
            <input type="text" autoComplete="off" value={draft.legalName} onChange={(e) => set('legalName', e.target.value)} />
          </Field>
        </div>
        <div className="row-3">
          <Field label="Holiday calendar" error={err('country')} hint="Country or region code: GB-ENG, DE, US-CA" required>
            <input type="text" autoComplete="off" spellCheck={false} value={draft.country} onChange={(e) => set('country', e.target.value.toUpperCase())} />
          </Field>
          <Field label="Time zone" error={err('timeZone')} required>
            <select value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Letter languages" error={err('languages')} hint="Two-letter codes, the default first: en, de">
            <input type="text" autoComplete="off" spellCheck={false} value={languages} onChange={(e) => onLanguages(e.target.value)} />
          </Field>
        </div>
        <div className="row-3">
          <Field label="Escalation ladder" error={err('ladderId')} required>
            <select value={draft.ladderId} onChange={(e) => set('ladderId', e.target.value as LadderId)}>
              {LADDER_IDS.map((id) => (
                <option key={id} value={id}>
                  {LADDERS[id].name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Keep closed cases (months)" error={err('retention.closedCaseMonths')} required>
            <input
              type="number"
              min={1}
              max={240}
              value={Number.isFinite(draft.retention.closedCaseMonths) ? draft.retention.closedCaseMonths : ''}
              onChange={(e) => set('retention', { ...draft.retention, closedCaseMonths: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className={`group checks${err('regimes') ? ' invalid' : ''}`}>
        <legend>
          Regimes <span className="required" aria-hidden="true">*</span>
        </legend>
        <div className="check-grid">
          {REGIMES.map((r) => (
            <label key={r} className="check">
              <input type="checkbox" checked={draft.regimes.includes(r)} onChange={() => toggleRegime(r)} />
              {REGIME_LABELS[r]}
            </label>
          ))}
        </div>
        {err('regimes') && <div className="field-error">{err('regimes')}</div>}
      </fieldset>

      <fieldset className="group">
        <legend>Contacts</legend>
        <div className="row-3">
          <Field label="Privacy contact email" error={err('contact.email')} required>
            <input type="email" autoComplete="off" spellCheck={false} value={draft.contact.email} onChange={(e) => set('contact', { ...draft.contact, email: e.target.value })} />
          </Field>
          <Field label="DPO name" error={err('dpo.name')}>
            <input type="text" autoComplete="off" value={draft.dpo?.name ?? ''} onChange={(e) => set('dpo', { ...draft.dpo, name: orUndefined(e.target.value) })} />
          </Field>
          <Field label="DPO email" error={err('dpo.email')}>
            <input type="email" autoComplete="off" spellCheck={false} value={draft.dpo?.email ?? ''} onChange={(e) => set('dpo', { ...draft.dpo, email: orUndefined(e.target.value) })} />
          </Field>
        </div>
      </fieldset>
    </>
  );
}
