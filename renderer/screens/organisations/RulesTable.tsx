// Every figure and reading the deadline engine uses, with the organisation's override beside it. Figures
// the legal reference marks [?] (not confirmed) are highlighted: those are the ones to decide.
import { useMemo, useState } from 'react';
import { describeRules, type RuleDescription } from '../../../shared/deadlines/rule-book';
import type { RuleValue } from '../../../shared/deadlines/rules-data';
import type { Regime } from '../../../shared/domain/ids';
import { REGIME_SHORT } from '../../lib/labels';

const UNIT_LABELS: Record<string, string> = {
  'calendar-days': 'days',
  'business-days': 'business days',
  months: 'months',
  reading: 'reading',
  flag: 'on / off',
  calendar: 'holiday calendar',
  'holiday-types': 'holiday types',
  date: 'date',
};

const CONFIDENCE: Record<string, { label: string; title: string }> = {
  P: { label: 'P', title: 'Primary text' },
  S: { label: 'S', title: 'Secondary source only' },
  '?': { label: '?', title: 'Not confirmed: check and decide' },
};

interface Props {
  saved: Readonly<Record<string, RuleValue>>;
  texts: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  regimes: readonly Regime[];
  onText(id: string, text: string): void;
}

export function RulesTable({ saved, texts, errors, regimes, onText }: Props) {
  const [scope, setScope] = useState<'organisation' | 'all'>('organisation');
  const [unconfirmedOnly, setUnconfirmedOnly] = useState(false);
  const described = useMemo(() => {
    try {
      return { rules: describeRules(saved), problem: null };
    } catch (e) {
      // A stored override the engine no longer accepts: show the defaults and say why.
      return { rules: describeRules({}), problem: e instanceof Error ? e.message : String(e) };
    }
  }, [saved]);
  const shown = described.rules.filter(
    (r) => (scope === 'all' || r.regime === 'all' || regimes.includes(r.regime) || r.id in texts) && (!unconfirmedOnly || r.confidence === '?'),
  );
  const overriddenCount = described.rules.filter((r) => r.overridden).length;

  return (
    <>
      <div className="rules-filter">
        <label className="inline-label">
          Show
          <select value={scope} onChange={(e) => setScope(e.target.value as 'organisation' | 'all')}>
            <option value="organisation">Rules of this organisation's regimes</option>
            <option value="all">All rules</option>
          </select>
        </label>
        <label className="check small">
          <input type="checkbox" checked={unconfirmedOnly} onChange={(e) => setUnconfirmedOnly(e.target.checked)} />
          Only unconfirmed [?]
        </label>
        <span className="muted small">
          {shown.length} of {described.rules.length} rules · {overriddenCount} overridden
        </span>
      </div>
      {described.problem && <div className="alert alert-error">{described.problem}</div>}
      <div className="rules-scroll">
        <table className="data-table rules-table" aria-label="Deadline rules">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Regime</th>
              <th scope="col">In force</th>
              <th scope="col">Default</th>
              <th scope="col">Unit</th>
              <th scope="col" title="Confidence: P primary text, S secondary source, ? not confirmed">Conf.</th>
              <th scope="col">Source</th>
              <th scope="col">Override</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <RuleRow key={r.id} rule={r} text={texts[r.id] ?? ''} error={errors[r.id]} onText={(t) => onText(r.id, t)} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RuleRow({ rule: r, text, error, onText }: { rule: RuleDescription; text: string; error?: string; onText(text: string): void }) {
  const inputId = `rule-${r.id}`;
  const label = `Override for ${r.id}`;
  return (
    <tr className={`${r.confidence === '?' ? 'rule-unconfirmed' : ''}${r.overridden ? ' rule-overridden' : ''}`} data-rule={r.id}>
      <td className="rule-name">
        <div className="mono rule-id">{r.id}</div>
        <div className="rule-desc">{r.description}</div>
      </td>
      <td className="small">{r.regime === 'all' ? 'All' : (REGIME_SHORT[r.regime] ?? r.regime)}</td>
      <td className="rule-value">
        {r.unit === 'reading' ? <span title={r.shown}>{String(r.effective)}</span> : r.shown}
        {r.overridden && <span className="badge badge-overridden">Overridden</span>}
      </td>
      <td className="rule-value muted">{r.unit === 'reading' ? <span title={r.shownDefault}>{String(r.value)}</span> : r.shownDefault}</td>
      <td className="small muted">{UNIT_LABELS[r.unit] ?? r.unit}</td>
      <td>
        <span className={`badge conf conf-${r.confidence === '?' ? 'q' : r.confidence}`} title={CONFIDENCE[r.confidence].title}>
          {r.confidence === '?' ? '[?]' : CONFIDENCE[r.confidence].label}
        </span>
      </td>
      <td className="rule-source small">{r.source}</td>
      <td className="rule-override">
        {r.unit === 'reading' || r.unit === 'flag' ? (
          <select id={inputId} aria-label={label} value={text} onChange={(e) => onText(e.target.value)} aria-invalid={error ? true : undefined}>
            <option value="">Default</option>
            {r.unit === 'flag' ? (
              <>
                <option value="on">on</option>
                <option value="off">off</option>
              </>
            ) : (
              Object.entries(r.options ?? {}).map(([value, meaning]) => (
                <option key={value} value={value} title={meaning}>
                  {value}
                </option>
              ))
            )}
          </select>
        ) : (
          <input
            id={inputId}
            type="text"
            aria-label={label}
            inputMode={['calendar-days', 'business-days', 'months'].includes(r.unit) ? 'numeric' : undefined}
            placeholder="default"
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(e) => onText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
          />
        )}
        {error && (
          <div className="field-error" id={`${inputId}-error`}>
            {error}
          </div>
        )}
      </td>
    </tr>
  );
}
