// Settings → Organisations: who the DPO answers for, and adding one from a preset built from its policy.
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { OrganisationSummary } from '../../../shared/contract/organisations';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { call } from '../../host/client';
import { REGIME_SHORT } from '../../lib/labels';
import type { Regime } from '../../../shared/domain/ids';
import './organisations.css';

type Summary = z.infer<typeof OrganisationSummary>;
type Preset = { id: string; name: string; description: string };

export function OrganisationsPanel({ onOpen }: { onOpen(id: string): void }) {
  const [orgs, setOrgs] = useState<Summary[] | null>(null);
  const [presets, setPresets] = useState<Preset[]>([]);
  const [presetId, setPresetId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  async function load() {
    try {
      const [list, available] = await Promise.all([call('organisations.list', {}), call('organisations.presets', {})]);
      setOrgs(list);
      setPresets(available);
      // Adding a preset again would replace the profile and its overrides, so only new ones are offered.
      const fresh = available.filter((p) => !list.some((o) => o.id === p.id));
      setPresetId((current) => (fresh.some((p) => p.id === current) ? current : (fresh[0]?.id ?? '')));
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function addPreset() {
    if (!presetId || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { id } = await call('organisations.addPreset', { presetId });
      setAdded(presets.find((p) => p.id === id)?.name ?? id);
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const inWorkspace = new Set((orgs ?? []).map((o) => o.id));
  const fresh = presets.filter((p) => !inWorkspace.has(p.id));

  return (
    <section className="panel settings-panel" aria-labelledby="orgs-title">
      <h2 id="orgs-title">Organisations</h2>
      <p className="muted">Each organisation brings its policy promises, holiday calendar, escalation ladder and deadline rule overrides to its cases.</p>
      {orgs === null ? (
        <p className="muted">Loading…</p>
      ) : orgs.length === 0 ? (
        <p className="muted empty-inline">No organisation yet. Add one from a preset below.</p>
      ) : (
        <table className="data-table orgs-table" aria-label="Organisations">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Calendar and time zone</th>
              <th scope="col">Regimes</th>
              <th scope="col">Ladder</th>
              <th scope="col" className="num">Cases</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr key={o.id}>
                <td>
                  <strong>{o.name}</strong> <span className="muted mono small">{o.id}</span>
                </td>
                <td className="small">
                  <span className="mono">{o.country}</span> · {o.timeZone}
                </td>
                <td className="small">{o.regimes.map((r) => REGIME_SHORT[r as Regime] ?? r).join(', ')}</td>
                <td className="mono small">{o.ladderId}</td>
                <td className="num">{o.caseCount}</td>
                <td>
                  <button type="button" className="small" onClick={() => onOpen(o.id)} aria-label={`Edit ${o.name}`}>
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="inline-form preset-form">
        <label className="inline-label">
          Add from preset
          <select value={presetId} onChange={(e) => setPresetId(e.target.value)} disabled={fresh.length === 0} aria-label="Preset">
            {fresh.length === 0 && <option value="">All presets added</option>}
            {fresh.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void addPreset()} disabled={busy || !presetId}>
          {busy ? 'Adding…' : 'Add'}
        </button>
        {added && (
          <span className="notice-ok" role="status">
            Added {added}.
          </span>
        )}
      </div>
      {presetId && <p className="muted small preset-desc">{presets.find((p) => p.id === presetId)?.description}</p>}
      <ErrorAlert error={error} />
    </section>
  );
}
