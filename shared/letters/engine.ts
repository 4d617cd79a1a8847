// Merges a template (or the DPO's edited text) with a case. Either every field it needs is there and
// the letter comes out whole, or nothing comes out and the missing fields are named.
import { FIELDS, resolveField } from './fields';
import { formatLetterDate, toIsoDay } from './format';
import { COMMON } from './labels';
import { PLACEHOLDER, fieldsIn, type BlockSpec, type LetterTemplate } from './template-spec';
import { findTemplate } from './templates';
import type {
  LetterBlock, LetterContext, LetterLang, MissingField, RenderProblem, RenderResult, RenderedLetter,
} from './types';
import { LETTER_LANGS } from './types';

/** The DPO's edit of one letter: a new body (and optionally subject), still with {{fields}} allowed. */
export interface LetterOverride {
  subject?: string;
  body: string;
}

// Anything that looks like a placeholder but is not a well-formed one: "{{ name", "{name}}", "{{}}".
const STRAY_BRACES = /\{\{|\}\}/;

/** Splits edited plain text into blocks: blank lines separate paragraphs, "- " or "• " lines are bullets. */
export function parseEditedBody(body: string): BlockSpec[] {
  const chunks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean);
  const out: BlockSpec[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim());
    if (lines.every((l) => /^[-•*]\s+/.test(l))) {
      for (const l of lines) out.push({ item: l.replace(/^[-•*]\s+/, '') });
    } else {
      out.push(lines.join(' '));
    }
  }
  return out;
}

function frameFields(t: LetterTemplate): string[] {
  const who = t.to === 'addressee' ? ['letter.addressee.name'] : ['requester.name'];
  return ['case.ref', 'today', 'org.name', 'org.address', 'org.dpoEmail', ...who];
}

function blockText(b: BlockSpec): string {
  if (typeof b === 'string') return b;
  if ('list' in b) return b.intro ?? '';
  if ('item' in b) return b.item;
  return b.p;
}

function included(b: BlockSpec, ctx: LetterContext, lang: LetterLang): boolean {
  if (typeof b === 'string') return true;
  if (b.when !== undefined && resolveField(b.when, ctx, lang) === undefined) return false;
  if ('whenEmpty' in b && b.whenEmpty !== undefined) {
    const v = resolveField(b.whenEmpty, ctx, lang);
    if (!Array.isArray(v) || v.length > 0) return false;
  }
  return true;
}

function checkText(texts: string[]): RenderProblem | undefined {
  const stray: string[] = [];
  const unknown = new Set<string>();
  for (const t of texts) {
    const rest = t.replace(PLACEHOLDER, '');
    if (STRAY_BRACES.test(rest)) {
      const i = rest.search(STRAY_BRACES);
      stray.push(rest.slice(Math.max(0, i - 20), i + 22).trim());
    }
    for (const f of fieldsIn(t)) if (!FIELDS[f]) unknown.add(f);
  }
  if (unknown.size) return { kind: 'unknown-fields', fields: [...unknown] };
  if (stray.length) return { kind: 'raw-placeholder', snippets: stray };
  return undefined;
}

function merge(text: string, ctx: LetterContext, lang: LetterLang): string {
  // One pass, so a value that happens to contain braces is never read as a field.
  return text.replace(PLACEHOLDER, (_m, name: string) => {
    const v = resolveField(name, ctx, lang);
    return Array.isArray(v) ? v.join(', ') : (v as string);
  });
}

const lines = (s: string | undefined) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

export function renderLetter(templateId: string, lang: string, ctx: LetterContext, override?: LetterOverride | string): RenderResult {
  const t = findTemplate(templateId);
  if (!t) return { ok: false, problem: { kind: 'unknown-template', templateId } };
  const languages = LETTER_LANGS.filter((l) => t.texts[l]);
  if (!(languages as string[]).includes(lang)) {
    return { ok: false, problem: { kind: 'unsupported-language', templateId, lang, languages } };
  }
  const L = lang as LetterLang;
  const src = t.texts[L];
  const edit = typeof override === 'string' ? { body: override } : override;
  const subjectSrc = edit?.subject ?? src.subject;
  const bodySrc = edit ? parseEditedBody(edit.body) : src.body;

  const problem = checkText([subjectSrc, ...bodySrc.map(blockText)]);
  if (problem) return { ok: false, problem };

  const kept = bodySrc.filter((b) => included(b, ctx, L));
  const needed = new Set<string>([...frameFields(t), ...(edit ? [] : t.requires), ...fieldsIn(subjectSrc)]);
  for (const b of kept) {
    for (const f of fieldsIn(blockText(b))) needed.add(f);
    if (typeof b !== 'string' && 'list' in b) needed.add(b.list);
  }
  const missing: MissingField[] = [...needed]
    .filter((f) => resolveField(f, ctx, L) === undefined)
    .map((f) => ({ field: f, label: FIELDS[f].label }));
  if (missing.length) return { ok: false, problem: { kind: 'missing-fields', fields: missing } };

  const blocks: LetterBlock[] = [];
  for (const b of kept) {
    if (typeof b !== 'string' && 'list' in b) {
      const items = resolveField(b.list, ctx, L) as string[];
      if (!items.length) continue; // an empty list that is allowed (e.g. "no disclosures") gets its own paragraph
      if (b.intro) blocks.push({ kind: 'paragraph', text: merge(b.intro, ctx, L) });
      blocks.push({ kind: 'list', items });
      continue;
    }
    if (typeof b !== 'string' && 'item' in b) {
      const item = merge(b.item, ctx, L);
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else {
      blocks.push({ kind: 'paragraph', text: merge(blockText(b), ctx, L) });
    }
  }

  const common = COMMON[L];
  const o = ctx.organisation;
  const toBody = t.to === 'addressee';
  const addressee = ctx.letter?.addressee;
  const recipient = toBody
    ? [addressee!.name.trim(), ...(addressee?.address ? lines(addressee.address) : lines(addressee?.email))]
    : [ctx.requester.name.trim(), ...(ctx.requester.address ? lines(ctx.requester.address) : lines(ctx.requester.email))];
  const refLine = `${common.ourRef}${common.colon}${ctx.case.ref.trim()}${toBody && ctx.case.externalRef?.trim() ? ` · ${common.yourRef}${common.colon}${ctx.case.externalRef.trim()}` : ''}`;
  const salutation = toBody ? common.salutationBody : common.salutation.replace('{{name}}', ctx.requester.name.trim());
  const signature = [o.dpoName?.trim(), common.dpoTitle, (o.legalName ?? o.name).trim(), o.dpoEmail.trim()].filter((s): s is string => !!s);
  const bodyText = blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n')));
  const letter: RenderedLetter = {
    templateId: t.id,
    lang: L,
    title: src.title,
    subject: merge(subjectSrc, ctx, L),
    letterhead: [(o.legalName ?? o.name).trim(), ...lines(o.address), o.dpoEmail.trim()],
    recipient,
    dateLine: formatLetterDate(ctx.today, L, o.timeZone),
    refLine,
    salutation,
    blocks,
    closing: common.closing,
    signature,
    text: [salutation, ...bodyText, [common.closing, ...signature].join('\n')].join('\n\n') + '\n',
    caseRef: ctx.case.ref.trim(),
    organisationName: o.name.trim(),
    senderEmail: o.dpoEmail.trim(),
    recipientEmail: (toBody ? addressee?.email : ctx.requester.email)?.trim() || undefined,
    date: toIsoDay(ctx.today, o.timeZone),
  };
  return { ok: true, letter };
}

/**
 * The fields a letter still needs, for flagging before export; [] when it can be written.
 * An unknown template or language is not "nothing missing": it throws LetterProblemError.
 */
export function missingFields(templateId: string, lang: string, ctx: LetterContext, override?: LetterOverride | string): MissingField[] {
  const r = renderLetter(templateId, lang, ctx, override);
  if (r.ok) return [];
  if (r.problem.kind === 'missing-fields') return r.problem.fields;
  throw new LetterProblemError(r.problem);
}

/** The body of a rendered letter as text the DPO can edit and pass back as an override. */
export function editableBody(letter: RenderedLetter): string {
  return letter.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.items.map((i) => `- ${i}`).join('\n'))).join('\n\n');
}

/** Thrown by renderLetterOrThrow; the message names every missing field in words a DPO reads. */
export class LetterProblemError extends Error {
  constructor(readonly problem: RenderProblem) {
    super(describeProblem(problem));
    this.name = 'LetterProblemError';
  }
}

export function describeProblem(p: RenderProblem): string {
  switch (p.kind) {
    case 'missing-fields':
      return `The letter cannot be written yet; missing: ${p.fields.map((f) => `${f.label} (${f.field})`).join(', ')}.`;
    case 'unknown-fields':
      return `The letter text names fields that do not exist: ${p.fields.join(', ')}.`;
    case 'raw-placeholder':
      return `The letter text has a broken placeholder near: ${p.snippets.map((s) => `"${s}"`).join(', ')}.`;
    case 'unknown-template':
      return `There is no letter template "${p.templateId}".`;
    case 'unsupported-language':
      return `The template "${p.templateId}" has no "${p.lang}" text; it has ${p.languages.join(', ')}.`;
  }
}

export function renderLetterOrThrow(templateId: string, lang: string, ctx: LetterContext, override?: LetterOverride | string): RenderedLetter {
  const r = renderLetter(templateId, lang, ctx, override);
  if (!r.ok) throw new LetterProblemError(r.problem);
  return r.letter;
}
