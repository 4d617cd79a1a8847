// A rendered letter as an A4 PDF with embedded DejaVu Sans, so Polish, Czech and German names print right.
// The same letter always gives the same bytes: the metadata dates come from the letter's date and
// pdfkit derives the file ID and font subset tags from them.
import { startPdf } from '../documents/pdf-document';
import type { RenderedLetter } from '../../../shared/letters';
import { dejaVuFonts, type LetterFonts } from './fonts';

export interface PdfOptions {
  fonts?: LetterFonts;
  /** Metadata creation date; by default midnight UTC of the letter's date. */
  creationDate?: Date;
}

const MARGIN = 64; // points; about 22 mm
const GREY = '#555555';

function letterDate(letter: RenderedLetter): Date {
  const d = new Date(`${letter.date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
}

export function renderPdf(letter: RenderedLetter, options: PdfOptions = {}): Promise<Buffer> {
  const fonts = options.fonts ?? dejaVuFonts();
  const created = options.creationDate ?? letterDate(letter);
  const { doc, width, finish } = startPdf({
    title: letter.subject,
    author: letter.organisationName,
    subject: letter.caseRef,
    lang: letter.lang,
    created,
    margin: MARGIN,
    fonts,
    bufferPages: true, // so the footer can say "page 1 of 2"
  });

  // Letterhead: the organisation, then its address and the DPO's e-mail in grey.
  const [orgName, ...orgLines] = letter.letterhead;
  doc.font('bold').fontSize(13).fillColor('black').text(orgName, { width });
  doc.font('body').fontSize(8.5).fillColor(GREY).text(orgLines.join('  ·  '), { width });
  doc.moveDown(0.4);
  const ruleY = doc.y;
  doc.moveTo(MARGIN, ruleY).lineTo(MARGIN + width, ruleY).lineWidth(0.5).strokeColor('#999999').stroke();

  // Recipient on the left, date and reference on the right, on the same band.
  const bandTop = ruleY + 28;
  doc.font('body').fontSize(10.5).fillColor('black').text(letter.recipient.join('\n'), MARGIN, bandTop, { width: width * 0.55 });
  const afterRecipient = doc.y;
  doc.fontSize(9.5).text(letter.dateLine, MARGIN + width * 0.55, bandTop, { width: width * 0.45, align: 'right' });
  doc.text(letter.refLine, { width: width * 0.45, align: 'right' });
  doc.x = MARGIN;
  doc.y = Math.max(afterRecipient, doc.y) + 28;

  doc.font('bold').fontSize(11.5).text(letter.subject, MARGIN, doc.y, { width });
  doc.moveDown(1);

  const para = (t: string) => {
    doc.font('body').fontSize(10.5).fillColor('black').text(t, MARGIN, doc.y, { width, align: 'left', lineGap: 2 });
    doc.moveDown(0.7);
  };

  para(letter.salutation);
  for (const block of letter.blocks) {
    if (block.kind === 'paragraph') {
      para(block.text);
      continue;
    }
    for (const item of block.items) {
      doc.font('body').fontSize(10.5);
      // Keep a bullet with its text: start the item on a new page if it would not fit on this one.
      const height = doc.heightOfString(item, { width: width - 20, lineGap: 2 });
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y;
      doc.text('•', MARGIN + 6, y, { width: 10 });
      doc.text(item, MARGIN + 20, y, { width: width - 20, lineGap: 2 });
      doc.moveDown(0.3);
    }
    doc.moveDown(0.4);
  }
  doc.moveDown(0.3);
  para(letter.closing);
  doc.moveDown(0.6);
  doc.font('body').fontSize(10.5).text(letter.signature.join('\n'), MARGIN, doc.y, { width });

  // Footer on every page: the case reference and the page count.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin would otherwise add a page
    doc.font('body').fontSize(8).fillColor(GREY)
      .text(`${letter.caseRef}  ·  ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return finish();
}
