// A rendered letter as a Word document the DPO can still edit. The docx package stamps "now" into the
// core properties and the ZIP entries; we restamp both with the letter's date so the same letter
// gives the same bytes.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { RenderedLetter } from '../../../shared/letters';

export interface DocxOptions {
  /** Stamped into the core properties and ZIP entries; by default midnight UTC of the letter's date. */
  creationDate?: Date;
  /** Font name asked of Word (not embedded); Arial has every Latin Extended letter on Windows and macOS. */
  font?: string;
}

const SIZE = 21; // half-points: 10.5 pt
const GREY = '555555';

function lines(texts: string[], opts: { bold?: boolean; size?: number; color?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph[] {
  return texts.map((t) => new Paragraph({
    alignment: opts.align,
    children: [new TextRun({ text: t, bold: opts.bold, size: opts.size ?? SIZE, color: opts.color })],
  }));
}

function para(text: string, after = 160, bold = false, size = SIZE): Paragraph {
  return new Paragraph({ spacing: { after }, children: [new TextRun({ text, bold, size })] });
}

export async function renderDocx(letter: RenderedLetter, options: DocxOptions = {}): Promise<Buffer> {
  const created = options.creationDate ?? new Date(`${letter.date}T00:00:00Z`);
  const [orgName, ...orgLines] = letter.letterhead;
  const body: Paragraph[] = [];
  for (const b of letter.blocks) {
    if (b.kind === 'paragraph') body.push(para(b.text));
    else for (const item of b.items) body.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: [new TextRun({ text: item, size: SIZE })] }));
  }

  const doc = new Document({
    creator: letter.organisationName,
    title: letter.subject,
    subject: letter.caseRef,
    description: letter.title,
    lastModifiedBy: 'DPO Desk',
    styles: { default: { document: { run: { font: options.font ?? 'Arial', size: SIZE } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1280, bottom: 1280, left: 1280, right: 1280 } } }, // A4, 22 mm
      children: [
        ...lines([orgName], { bold: true, size: 26 }),
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
          spacing: { after: 480 },
          children: [new TextRun({ text: orgLines.join('  ·  '), size: 17, color: GREY })],
        }),
        ...lines([letter.dateLine, letter.refLine], { align: AlignmentType.RIGHT, size: 19 }),
        ...lines(letter.recipient),
        new Paragraph({ spacing: { after: 360 }, children: [] }),
        para(letter.subject, 240, true, 23),
        para(letter.salutation),
        ...body,
        para(letter.closing, 360),
        ...lines(letter.signature),
      ],
    }],
  });
  return restamp(await Packer.toBuffer(doc), created);
}

/** Rewrites the created/modified times and every ZIP entry's date to `when`, keeping the order of entries. */
async function restamp(buf: Buffer, when: Date): Promise<Buffer> {
  const iso = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  for (const entry of Object.values(src.files)) {
    if (entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') {
      data = Buffer.from(data).toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    }
    out.file(entry.name, data, { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
