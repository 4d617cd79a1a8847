// Writing one letter for a case: template and language, the facts it needs, the text (editable) with
// a live preview beside it, then save a version, finalise, export or send. A finalised or sent
// letter is shown locked; changing it means making a new version.
import { useState } from 'react';
import type { LetterFormat } from '../../../shared/contract/letters';
import { LETTER_LANGS, type LetterLang } from '../../../shared/letters/types';
import { call } from '../../host/client';
import { ErrorAlert, errorMessage } from '../ErrorAlert';
import { Field } from '../Field';
import { downloadBase64 } from '../../lib/download';
import { MIME } from './letter-file-types';
import { ExtrasForm } from './ExtrasForm';
import { LetterPreview } from './LetterPreview';
import { defaultLanguage, suggestedTemplates, useLetterDraft } from './useLetterDraft';
import './letter-editor.css';

const LANG_NAMES: Record<LetterLang, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };
const STATUS_NAMES = { draft: 'Draft', finalised: 'Finalised', sent: 'Sent' } as const;

interface Props {
  caseRef: string;
  letterId?: number;
  onBack(): void;
}

export function LetterEditor({ caseRef, letterId, onBack }: Props) {
  const s = useLetterDraft(caseRef, letterId);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmSend, setConfirmSend] = useState(false);

  const run = async (label: string, fn: () => Promise<string | void>) => {
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      const message = await fn();
      if (message) setNotice(message);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const back = (
    <button type="button" className="link back" onClick={onBack}>
      ← {caseRef}
    </button>
  );
  if (s.loadError) return <section className="screen">{back}<ErrorAlert error={s.loadError} /></section>;
  if (!s.draft || !s.detail) return <section className="screen" aria-busy="true">{back}<p className="muted">Opening the letter…</p></section>;

  const { draft, saved, preview, locked } = s;
  const template = s.templates.find((t) => t.id === draft.templateId);
  const { fits, others } = suggestedTemplates(s.templates, s.detail);
  const missing = new Set(preview?.missing.map((m) => m.field) ?? []);
  const ready = !!preview?.letter && !s.pending;
  const bodyText = draft.body ?? preview?.editableBody ?? '';
  const recipient = preview?.letter?.recipientEmail;

  const exportAs = (format: LetterFormat) => run(`export-${format}`, async () => {
    const id = await s.ensureSaved();
    const r = await call('letters.export', { letterId: id, format });
    downloadBase64(r.base64, r.fileName, MIME[format]);
    await s.reload(id);
    return `Exported ${r.fileName} and filed it in the correspondence log (SHA-256 ${r.sha256.slice(0, 16)}…).`;
  });

  return (
    <section className="screen screen-scroll letter-editor" aria-labelledby="letter-title">
      {back}
      <header className="screen-head">
        <h1 id="letter-title">{template?.title ?? 'Letter'} <span className="muted mono small">{caseRef}</span></h1>
        {saved && (
          <span className={`badge letter-status letter-status-${saved.status}`}>
            {STATUS_NAMES[saved.status]} · version {saved.version}
          </span>
        )}
        {s.dirty && !locked && <span className="muted small">Unsaved changes</span>}
      </header>

      {locked && saved && (
        <div className="notice letter-locked" role="status">
          Version {saved.version} is {saved.status === 'sent' ? 'sent' : 'finalised'} and locked: its text is the one filed.{' '}
          <button type="button" onClick={s.startNewVersion}>Make a new version</button>
        </div>
      )}
      <ErrorAlert error={error} />
      {notice && <div className="notice notice-ok" role="status">{notice}</div>}

      <div className="letter-grid">
        <div className="letter-form">
          <div className="letter-pickers">
            <Field label="Template">
              <select value={draft.templateId} disabled={locked || !!saved} onChange={(e) => {
                const t = s.templates.find((x) => x.id === e.target.value);
                s.change({ templateId: e.target.value, body: null, lang: defaultLanguage(t, s.detail) });
              }}>
                <optgroup label="Fits this case">
                  {fits.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
                </optgroup>
                {others.length > 0 && (
                  <optgroup label="Other letters">
                    {others.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
                  </optgroup>
                )}
              </select>
            </Field>
            <Field label="Language">
              <select value={draft.lang} disabled={locked} onChange={(e) => s.change({ lang: e.target.value as LetterLang, body: null })}>
                {LETTER_LANGS.filter((l) => !template || template.languages.includes(l)).map((l) => (
                  <option key={l} value={l}>{LANG_NAMES[l]}{s.detail?.language?.startsWith(l) ? ' (case language)' : ''}</option>
                ))}
              </select>
            </Field>
          </div>
          {template && <p className="muted small letter-purpose">{template.purpose}</p>}

          {template && (
            <fieldset className="group">
              <legend>Facts for this letter</legend>
              <ExtrasForm key={`${draft.templateId}-${saved?.letterId ?? 'new'}`} template={template} extras={draft.extras} missing={missing} disabled={locked} onChange={(extras) => s.change({ extras })} />
            </fieldset>
          )}

          <Field label="Letter text" hint={draft.body === null ? 'The template’s text, filled from the case. Type to change it; {{fields}} are still filled in.' : 'Your own text. Blank lines separate paragraphs; lines starting with "- " are bullets.'}>
            <textarea className="letter-body" rows={16} readOnly={locked} value={bodyText} placeholder="The template’s text appears here once the facts above are given. You can also write your own." onChange={(e) => s.change({ body: e.target.value })} />
          </Field>
          {draft.body !== null && !locked && (
            <button type="button" className="link" onClick={() => s.change({ body: null })}>Use the template’s text again</button>
          )}

          <div className="actions letter-actions">
            {!locked && (
              <>
                <button type="button" disabled={!!busy} onClick={() => run('save', async () => { await s.save(); return 'Draft saved.'; })}>
                  {busy === 'save' ? 'Saving…' : 'Save draft'}
                </button>
                <button type="button" disabled={!!busy || !ready} onClick={() => run('finalise', async () => {
                  const id = await s.ensureSaved();
                  await call('letters.finalise', { letterId: id });
                  await s.reload(id);
                  return 'Finalised: the text is locked and ready to export or send.';
                })}>
                  Finalise
                </button>
              </>
            )}
            <span className="letter-export" role="group" aria-label="Export">
              {(['pdf', 'docx', 'eml'] as const).map((f) => (
                <button key={f} type="button" disabled={!!busy || (!ready && !locked)} onClick={() => void exportAs(f)}>
                  {busy === `export-${f}` ? 'Exporting…' : `Export ${f === 'eml' ? '.eml' : f.toUpperCase()}`}
                </button>
              ))}
            </span>
            {(saved?.status !== 'sent' || !locked) && (confirmSend ? (
              <span className="letter-send-confirm">
                Send to {recipient}?{' '}
                <button type="button" className="primary" disabled={!!busy} onClick={() => run('send', async () => {
                  setConfirmSend(false);
                  const id = await s.ensureSaved();
                  const r = await call('letters.send', { letterId: id });
                  await s.reload(id);
                  return `Sent to ${r.recipient} and filed (SHA-256 ${r.sha256.slice(0, 16)}…).`;
                })}>Send now</button>{' '}
                <button type="button" onClick={() => setConfirmSend(false)}>Cancel</button>
              </span>
            ) : (
              <button type="button" className="primary" disabled={!!busy || (!ready && !locked) || (!recipient && !locked)} onClick={() => setConfirmSend(true)}>
                Send by e-mail
              </button>
            ))}
          </div>

          {saved && <VersionsAndFiles saved={saved} onOpen={(id) => void s.reload(id)} />}
        </div>

        <div className="letter-side">
          <h2 className="visually-hidden">Preview</h2>
          <LetterPreview preview={preview} pending={s.pending} />
        </div>
      </div>
    </section>
  );
}

function VersionsAndFiles({ saved, onOpen }: { saved: NonNullable<ReturnType<typeof useLetterDraft>['saved']>; onOpen(id: number): void }) {
  return (
    <div className="letter-history">
      <h2>Versions</h2>
      <ol className="letter-versions">
        {saved.versions.map((v) => (
          <li key={v.letterId}>
            <button type="button" className="link" aria-current={v.letterId === saved.letterId ? 'true' : undefined} onClick={() => onOpen(v.letterId)}>
              Version {v.version}
            </button>{' '}
            <span className="muted small">{STATUS_NAMES[v.status]} · {new Date(v.createdAt).toLocaleString()}</span>
          </li>
        ))}
      </ol>
      {saved.correspondence.length > 0 && (
        <>
          <h2>Filed in the correspondence log</h2>
          <ul className="letter-files">
            {saved.correspondence.map((c) => (
              <li key={c.id}>
                <span>{c.channel === 'smtp' ? `Sent to ${c.recipient}` : `Exported ${c.fileName ?? c.format}`}</span>{' '}
                <span className="muted small">{new Date(c.at).toLocaleString()} · {c.bytes.toLocaleString()} bytes</span>
                <div className="mono small" title="SHA-256 of the exact bytes">SHA-256 {c.sha256}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
