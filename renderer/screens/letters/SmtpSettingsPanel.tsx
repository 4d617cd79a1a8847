// The outgoing mail server letters are sent through. The password is kept encrypted in the
// workspace and never shown again; leaving it blank keeps the saved one.
import { useEffect, useState } from 'react';
import type { SmtpSettingsView } from '../../../shared/contract/letters';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { call } from '../../host/client';

export function SmtpSettingsPanel() {
  const [view, setView] = useState<SmtpSettingsView | null>(null);
  const [form, setForm] = useState({ host: '', port: '587', secure: false, requireTLS: true, user: '', password: '', envelopeFrom: '' });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    call('smtp.settings.get', {})
      .then((v) => {
        setView(v);
        if (v.configured) setForm({ host: v.host, port: String(v.port), secure: v.secure, requireTLS: v.requireTLS, user: v.user, password: '', envelopeFrom: v.envelopeFrom });
      })
      .catch((e) => setError(errorMessage(e)));
  }, []);

  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      const v = await call('smtp.settings.save', {
        host: form.host, port: Number(form.port), secure: form.secure, requireTLS: form.requireTLS, user: form.user,
        ...(form.password ? { password: form.password } : {}), envelopeFrom: form.envelopeFrom,
      });
      setView(v);
      setForm((f) => ({ ...f, password: '' }));
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="panel letters-section" aria-labelledby="smtp-title">
      <h2 id="smtp-title">Outgoing mail</h2>
      <p className="muted small">
        {view?.configured ? `Letters are sent through ${view.host}:${view.port}${view.user ? ` as ${view.user}` : ''}.` : 'No mail server yet: letters can be exported as .eml and sent from your mail program.'}
      </p>
      <ErrorAlert error={error} />
      <div className="inline-form">
        <Field label="Server"><input value={form.host} onChange={(e) => setForm({ ...form, host: e.target.value })} placeholder="smtp.example.org" /></Field>
        <Field label="Port"><input className="input-short" inputMode="numeric" value={form.port} onChange={(e) => setForm({ ...form, port: e.target.value })} /></Field>
        <Field label="User"><input value={form.user} autoComplete="off" onChange={(e) => setForm({ ...form, user: e.target.value })} /></Field>
        <Field label="Password" hint={view?.hasPassword ? 'Saved; leave blank to keep it.' : undefined}>
          <input type="password" autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        </Field>
      </div>
      <div className="inline-form">
        <label className="check"><input type="checkbox" checked={form.secure} onChange={(e) => setForm({ ...form, secure: e.target.checked })} /> TLS from the start (port 465)</label>
        <label className="check"><input type="checkbox" checked={form.requireTLS} disabled={form.secure} onChange={(e) => setForm({ ...form, requireTLS: e.target.checked })} /> Refuse to send without STARTTLS</label>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={!form.host}>Save mail server</button>
        {saved && <span className="notice-ok small" role="status">Saved, encrypted in the workspace.</span>}
      </div>
    </section>
  );
}
