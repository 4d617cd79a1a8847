// The one way DPO Desk starts a PDF: A4, embedded DejaVu Sans as 'body' and 'bold' (the built-in
// fonts garble Polish and Czech names), deterministic metadata dates, and the bytes collected.
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { dejaVuFonts, type LetterFonts } from '../letters/fonts';

export type PdfDoc = InstanceType<typeof PDFDocument>;

export interface PdfStart {
  title: string;
  /** Metadata creation date: fixed by the caller so the same input gives the same bytes. */
  created: Date;
  margin: number;
  fonts?: LetterFonts;
  author?: string;
  subject?: string;
  lang?: string;
  /** Keep pages in memory so a footer can say "page 1 of 2". */
  bufferPages?: boolean;
}

// Font files are read once per process; pdfkit still parses them per document.
const fontBytes = new Map<string, Buffer>();
function fontData(file: string): Buffer {
  let bytes = fontBytes.get(file);
  if (!bytes) fontBytes.set(file, (bytes = readFileSync(file)));
  return bytes;
}

export function startPdf(options: PdfStart): { doc: PdfDoc; width: number; finish(): Promise<Buffer> } {
  const fonts = options.fonts ?? dejaVuFonts();
  const m = options.margin;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: m, bottom: m, left: m, right: m },
    bufferPages: options.bufferPages ?? false,
    ...(options.lang ? { lang: options.lang, displayTitle: true } : {}),
    info: {
      Title: options.title,
      ...(options.author ? { Author: options.author } : {}),
      ...(options.subject ? { Subject: options.subject } : {}),
      Creator: 'DPO Desk',
      Producer: 'DPO Desk',
      CreationDate: options.created,
      ModDate: options.created,
    },
  });
  doc.registerFont('body', fontData(fonts.regular));
  doc.registerFont('bold', fontData(fonts.bold));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    width: doc.page.width - m * 2,
    finish: () => {
      doc.end();
      return done;
    },
  };
}
