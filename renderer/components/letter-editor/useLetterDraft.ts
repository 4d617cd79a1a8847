// The state of one letter being written: template, language, facts and text; the live preview
// (asked of the host a moment after the last keystroke); and the saved version it continues.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/cases';
import type { LetterExtras, LetterView, PreviewView, TemplateView } from '../../../shared/contract/letters';
import type { LetterLang } from '../../../shared/letters/types';
import { call } from '../../host/client';

export interface Draft {
  templateId: string;
  lang: LetterLang;
  extras: LetterExtras;
  /** The DPO's own text; null = the template's text, which follows the facts as they change. */
  body: string | null;
}

export const PREVIEW_DELAY_MS = 300;

/** Templates that answer one of the case's request types first; those for any request after. */
export function suggestedTemplates(templates: TemplateView[], detail: CaseDetail | null): { fits: TemplateView[]; others: TemplateView[] } {
  const types = new Set<string>(detail?.requestTypes ?? []);
  const fits = templates.filter((t) => t.requestTypes.some((r) => types.has(r)));
  const any = templates.filter((t) => t.requestTypes.length === 0);
  const others = templates.filter((t) => !fits.includes(t) && !any.includes(t));
  return { fits: [...fits, ...any], others };
}

export function defaultLanguage(template: TemplateView | undefined, detail: CaseDetail | null): LetterLang {
  const wanted = detail?.language?.slice(0, 2).toLowerCase();
  return template && wanted && (template.languages as string[]).includes(wanted) ? (wanted as LetterLang) : 'en';
}

export function useLetterDraft(caseRef: string, initialLetterId: number | undefined) {
  const [templates, setTemplates] = useState<TemplateView[]>([]);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<LetterView | null>(null);
  const [dirty, setDirty] = useState(false);
  const [newVersion, setNewVersion] = useState(false);
  const [preview, setPreview] = useState<PreviewView | null>(null);
  const [pending, setPending] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const seq = useRef(0);

  const load = useCallback(async (letterId: number | undefined) => {
    const [list, d] = await Promise.all([call('letters.templates', {}), call('cases.get', { ref: caseRef })]);
    setTemplates(list);
    setDetail(d);
    if (letterId !== undefined) {
      const letter = await call('letters.get', { letterId });
      setSaved(letter);
      setDraft({ templateId: letter.templateId, lang: letter.lang, extras: letter.extras, body: letter.body || null });
      setPreview(letter.preview);
    } else {
      const first = suggestedTemplates(list, d).fits.find((t) => t.id === 'acknowledgement') ?? list[0];
      setDraft({ templateId: first.id, lang: defaultLanguage(first, d), extras: {}, body: null });
    }
    setDirty(false);
    setNewVersion(false);
  }, [caseRef]);

  useEffect(() => {
    load(initialLetterId).catch((e) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, [load, initialLetterId]);

  const locked = !!saved?.locked && !newVersion;

  // A locked letter shows its frozen text; a draft is previewed from what is on screen.
  useEffect(() => {
    if (!draft || locked) return;
    const mine = ++seq.current;
    setPending(true);
    const timer = setTimeout(() => {
      call('letters.preview', { ref: caseRef, templateId: draft.templateId, lang: draft.lang, extras: draft.extras, ...(draft.body !== null ? { body: draft.body } : {}) })
        .then((p) => mine === seq.current && setPreview(p))
        .catch((e) => mine === seq.current && setPreview({ lang: draft.lang, letter: null, missing: [], problem: e instanceof Error ? e.message : String(e), editableBody: null }))
        .finally(() => mine === seq.current && setPending(false));
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [caseRef, draft, locked]);

  const change = useCallback((patch: Partial<Draft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setDirty(true);
  }, []);

  /** Saves the screen as a new version and reloads it; returns the new letter id. */
  const save = useCallback(async (): Promise<number> => {
    if (!draft) throw new Error('Nothing to save yet.');
    const r = await call('letters.saveDraft', {
      ref: caseRef, templateId: draft.templateId, lang: draft.lang, extras: draft.extras, ...(draft.body !== null ? { body: draft.body } : {}),
      ...(saved ? { letterId: saved.letterId, newVersion } : {}),
    });
    await load(r.letterId);
    return r.letterId;
  }, [caseRef, draft, saved, newVersion, load]);

  /** The id of a saved version matching the screen: saves first when something changed. */
  const ensureSaved = useCallback(async () => (dirty || !saved || newVersion ? save() : saved.letterId), [dirty, saved, newVersion, save]);

  return {
    templates, detail, draft, saved, dirty, preview, pending, loadError, locked,
    change, save, ensureSaved, reload: load,
    startNewVersion: () => setNewVersion(true),
  };
}
