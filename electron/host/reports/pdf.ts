// The report as an A4 PDF: the metrics tables, two bar charts drawn with pdfkit (requests by type
// and outcome; on-time rate by regime), then the cases. DejaVu Sans is embedded so names such as
// "Łukasiewicz" print right. Very long ranges list the first MAX_ROWS cases; the CSV has them all.
import { startPdf, type PdfDoc } from '../documents/pdf-document';
import type { Report } from '../../../shared/contract/reports';
import { dejaVuFonts, type LetterFonts } from '../letters/fonts';

const MARGIN = 48;
const MAX_ROWS = 2000;
const COLOURS = { complied: '#2f7d32', partly: '#8bc34a', denied: '#c62828', withdrawn: '#9e9e9e', open: '#1e63b5' };

type Doc = PdfDoc;

export function renderReportPdf(report: Report, fonts: LetterFonts = dejaVuFonts()): Promise<Buffer> {
  const created = new Date(`${report.asOf}T00:00:00Z`);
  const { doc, width, finish } = startPdf({ title: `Privacy requests ${report.from} to ${report.to}`, created, margin: MARGIN, fonts, bufferPages: true });

  doc.font('bold').fontSize(15).text(`Privacy requests received ${report.from} to ${report.to}`, { width });
  doc.font('body').fontSize(9).fillColor('#555555').text(`${report.metrics.total} cases. Figures as of ${report.asOf}. Days to respond: calendar days from receipt to closing.`, { width });
  doc.fillColor('black').moveDown(1);

  const m = report.metrics;
  table(doc, 'Per request type', ['Request type', 'Received', 'Complied', 'Partly', 'Denied', 'Withdrawn', 'Open', 'Median days', 'Mean days'], [110, 48, 50, 40, 42, 55, 36, 60, 58],
    m.byRequestType.map((t) => [t.requestType, t.received, t.complied, t.partlyComplied, t.denied, t.withdrawn, t.open, t.medianDays ?? '—', t.meanDays ?? '—']));
  doc.moveDown(1);
  table(doc, 'Per regime', ['Regime', 'Received', 'Closed', 'On time', 'On-time rate', 'Open, overdue'], [160, 60, 60, 60, 80, 79],
    m.byRegime.map((r) => [r.regime, r.received, r.closed, r.closedOnTime, r.onTimeRate === null ? '—' : `${Math.round(r.onTimeRate * 100)} %`, r.openOverdue]));
  doc.moveDown(1.5);

  stackedBars(doc, 'Requests by type and outcome', m.byRequestType.map((t) => ({
    label: t.requestType,
    parts: [[t.complied, COLOURS.complied], [t.partlyComplied, COLOURS.partly], [t.denied, COLOURS.denied], [t.withdrawn, COLOURS.withdrawn], [t.open, COLOURS.open]] as Array<[number, string]>,
  })), [['complied', COLOURS.complied], ['partly', COLOURS.partly], ['denied', COLOURS.denied], ['withdrawn', COLOURS.withdrawn], ['open', COLOURS.open]]);
  doc.moveDown(1);
  stackedBars(doc, 'On-time rate by regime (closed cases)', m.byRegime.filter((r) => r.onTimeRate !== null).map((r) => ({
    label: `${r.regime} ${Math.round(r.onTimeRate! * 100)} %`,
    parts: [[r.onTimeRate!, COLOURS.complied], [1 - r.onTimeRate!, COLOURS.denied]] as Array<[number, string]>,
  })), [['on time', COLOURS.complied], ['late', COLOURS.denied]], 1);

  doc.addPage();
  const rows = report.cases.slice(0, MAX_ROWS);
  table(doc, 'Cases', ['Reference', 'Received', 'Type', 'Regime', 'Due', 'Closed', 'Outcome', 'Requester'], [80, 54, 70, 44, 54, 54, 68, 75],
    rows.map((c) => [c.ref, c.receivedAt.slice(0, 10), c.requestTypes.join(', '), c.regimes.join(', '), c.dueAt ?? '—', c.closedAt ?? '', c.outcome ?? c.status, c.requester.name]));
  if (report.cases.length > rows.length) doc.font('body').fontSize(8).text(`… and ${report.cases.length - rows.length} more cases; the CSV export lists them all.`, MARGIN, doc.y + 4, { width });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(7.5).fillColor('#555555').text(`${report.from} – ${report.to}  ·  ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 6, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  return finish();
}

function table(doc: Doc, title: string, header: string[], widths: number[], rows: Array<Array<string | number>>): void {
  doc.font('bold').fontSize(11).fillColor('black').text(title, MARGIN, doc.y);
  doc.moveDown(0.3);
  const line = (cells: Array<string | number>, bold: boolean) => {
    if (doc.y + 14 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? 'bold' : 'body').fontSize(7.5);
    cells.forEach((cell, i) => {
      // A fixed height with an ellipsis keeps a long value to its own cell and line.
      doc.text(String(cell), x, y, { width: widths[i] - 4, height: 10, ellipsis: true });
      x += widths[i];
    });
    doc.y = y + 12;
  };
  line(header, true);
  for (const row of rows) line(row, false);
  if (rows.length === 0) doc.font('body').fontSize(8).text('No cases in this range.', MARGIN, doc.y);
  doc.x = MARGIN;
}

/** Horizontal stacked bars, one per label; `max` fixes the scale (1 for rates), else the largest total. */
function stackedBars(doc: Doc, title: string, bars: Array<{ label: string; parts: Array<[number, string]> }>, legend: Array<[string, string]>, max?: number): void {
  const labelWidth = 130;
  const barWidth = doc.page.width - MARGIN * 2 - labelWidth - 40;
  const needed = 30 + bars.length * 16;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('bold').fontSize(11).fillColor('black').text(title, MARGIN, doc.y);
  let lx = MARGIN;
  const ly = doc.y + 3;
  doc.font('body').fontSize(7.5);
  for (const [name, colour] of legend) {
    doc.rect(lx, ly, 8, 8).fill(colour);
    doc.fillColor('black').text(name, lx + 11, ly, { lineBreak: false });
    lx += 20 + doc.widthOfString(name);
  }
  let y = ly + 16;
  const scale = max ?? Math.max(1, ...bars.map((b) => b.parts.reduce((s, [v]) => s + v, 0)));
  for (const bar of bars) {
    doc.fillColor('black').font('body').fontSize(7.5).text(bar.label, MARGIN, y + 1, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    let x = MARGIN + labelWidth;
    let total = 0;
    for (const [value, colour] of bar.parts) {
      const w = (value / scale) * barWidth;
      if (w > 0) doc.rect(x, y, w, 10).fill(colour);
      x += w;
      total += value;
    }
    if (max === undefined) doc.fillColor('black').text(String(total), x + 4, y + 1, { lineBreak: false });
    y += 16;
  }
  doc.fillColor('black');
  doc.x = MARGIN;
  doc.y = y + 4;
}
