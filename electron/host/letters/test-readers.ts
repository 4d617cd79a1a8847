// Reads letters back the way a person's tools would: poppler's pdftotext/pdffonts/pdfinfo, a ZIP reader.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

async function withFile<T>(bytes: Buffer, name: string, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dpo-letter-'));
  try {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function poppler(tool: string, args: string[], pdf: Buffer, after: string[] = []): Promise<string> {
  return withFile(pdf, 'letter.pdf', async (file) => {
    try {
      const { stdout } = await run(tool, [...args, file, ...after], { encoding: 'utf8' });
      return stdout;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is not installed: apt-get install -y poppler-utils`);
      throw e;
    }
  });
}

/** The PDF's text as pdftotext reads it, with lines re-joined so wrapped sentences can be searched. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return poppler('pdftotext', ['-enc', 'UTF-8'], pdf, ['-']).then((t) => t.replace(/-\n/g, '-').replace(/\s+/g, ' '));
}

/** The text of one page (1-based). */
export async function pdfPageText(pdf: Buffer, page: number): Promise<string> {
  return poppler('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page)], pdf, ['-']).then((t) => t.replace(/\s+/g, ' ').trim());
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
}

export async function pdfFonts(pdf: Buffer): Promise<PdfFontRow[]> {
  const out = await poppler('pdffonts', [], pdf);
  return out.split('\n').slice(2).filter((l) => l.trim()).map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type (may be two words), encoding, emb, sub, uni, object, ID
    const [emb] = cols.slice(-5, -4);
    return { name: cols[0], type: cols.slice(1, -6).join(' '), encoding: cols[cols.length - 6], embedded: emb === 'yes' };
  });
}

export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  const out = await poppler('pdfinfo', ['-isodates'], pdf);
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }));
}

/** The visible text of word/document.xml, paragraphs on their own lines. */
export async function docxText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
