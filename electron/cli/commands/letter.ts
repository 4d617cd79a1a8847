// `dpo letter templates` (no workspace needed) and `dpo letter render REF ...`, which writes the letter
// as PDF, DOCX or .eml, files it in the case's correspondence log with its SHA-256, and prints the hash.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { describeZodError } from '../../../shared/contract/define';
import { LetterExtras, LetterFormat } from '../../../shared/contract/letters';
import { LETTER_LANGS, findTemplate, listTemplates } from '../../../shared/letters';
import type { GlobalFlags } from '../args';
import { parseCommand } from '../args';
import { CliError, EXIT, usageError } from '../errors';
import type { CliIo } from '../io';
import { openUnlocked } from '../session';

const RENDER_USAGE = 'Usage: dpo letter render REF --template ID --lang en|de|fr --format pdf|docx|eml --out FILE [--extras FILE.json] [--attach FILE]... [--json]';

export async function letterTemplatesCommand(argv: string[], _globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values } = parseCommand(argv, { json: { type: 'boolean' } });
  const templates = listTemplates();
  if (values.json) {
    io.stdout(JSON.stringify(templates.map((t) => ({ id: t.id, title: t.title, languages: t.languages, requestTypes: t.requestTypes, purpose: t.purpose }))));
    return EXIT.ok;
  }
  const width = Math.max(...templates.map((t) => t.id.length));
  io.stdout(templates.map((t) => `${t.id.padEnd(width)}  ${t.languages.join(',')}  ${t.title}`).join('\n'));
  return EXIT.ok;
}

function readExtras(file: string | undefined): LetterExtras {
  if (!file) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw usageError(`Could not read the letter facts in ${file}: ${(err as Error).message}.`);
  }
  const parsed = LetterExtras.safeParse(json);
  if (!parsed.success) throw usageError(`The letter facts in ${file} are not right: ${describeZodError(parsed.error)}.`);
  return parsed.data;
}

function readAttachments(files: string[]) {
  return files.map((f) => {
    try {
      return { fileName: basename(f), base64: readFileSync(f).toString('base64') };
    } catch {
      throw usageError(`Could not read the attachment ${f}.`);
    }
  });
}

export async function letterRenderCommand(argv: string[], globals: GlobalFlags, io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    template: { type: 'string' },
    lang: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    extras: { type: 'string' },
    attach: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  }, true);
  if (positionals.length !== 1 || !values.template || !values.format || !values.out) throw usageError(RENDER_USAGE);
  const template = findTemplate(values.template);
  if (!template) throw usageError(`There is no letter template "${values.template}". See: dpo letter templates`);
  const lang = values.lang;
  if (lang !== undefined && !(LETTER_LANGS as readonly string[]).includes(lang)) {
    throw usageError(`The template "${template.id}" has no "${lang}" text; it has ${LETTER_LANGS.filter((l) => template.texts[l]).join(', ')}.`);
  }
  const format = LetterFormat.safeParse(values.format);
  if (!format.success) throw usageError(`Unknown format "${values.format}". Use one of: pdf, docx, eml.`);
  const extras = readExtras(values.extras);
  const attachments = readAttachments(values.attach ?? []);
  const out = resolve(values.out);
  // Checked before anything is filed: a letter logged as exported must reach its file.
  if (!existsSync(dirname(out))) throw usageError(`There is no folder ${dirname(out)} to write the letter into.`);

  const host = await openUnlocked(globals, io);
  try {
    const ref = positionals[0];
    const draft = { ref, templateId: template.id, lang: lang as (typeof LETTER_LANGS)[number] | undefined, extras };
    const preview = await host.api['letters.preview'](draft);
    if (preview.missing.length) {
      throw new CliError(EXIT.usage, `The ${template.id} letter for ${ref.toUpperCase()} cannot be written yet; missing: ${preview.missing.map((m) => `${m.label} (${m.field})`).join(', ')}. Give the letter's facts with --extras FILE.json.`);
    }
    if (preview.problem) throw new CliError(EXIT.usage, preview.problem);
    const { letterId } = await host.api['letters.saveDraft']({ ...draft, lang: preview.lang });
    const result = await host.api['letters.export']({ letterId, format: format.data, attachments });
    const bytes = Buffer.from(result.base64, 'base64');
    writeFileSync(out, bytes);
    const summary = { ref: ref.toUpperCase(), letterId, templateId: template.id, lang: preview.lang, format: format.data, file: out, bytes: bytes.length, sha256: result.sha256, correspondenceId: result.correspondenceId, ...(result.messageId ? { messageId: result.messageId } : {}) };
    io.stdout(values.json ? JSON.stringify(summary) : `Wrote ${out} (${format.data}, ${preview.lang}, ${bytes.length} bytes), filed in the correspondence log of ${summary.ref}.\nSHA-256 ${result.sha256}`);
    return EXIT.ok;
  } finally {
    host.dispose();
  }
}
