// The deletion certificate: a PDF (embedded DejaVu Sans, as the letters use) that records which cases'
// content was destroyed, when, under which retention period, and the audit events that prove it.
// It names no person: refs and dates only.
import { startPdf } from '../documents/pdf-document';
import { dejaVuFonts } from '../letters/fonts';
import type { PurgedCase } from './retention';

export interface CertificateInput {
  asOf: string;
  performedAt: string;
  workspace: string;
  cases: PurgedCase[];
  auditHead: { seq: number; hash: string };
}

const MARGIN = 56;

export function renderDeletionCertificate(input: CertificateInput): Promise<Buffer> {
  const fonts = dejaVuFonts();
  const created = new Date(input.performedAt);
  const { doc, width, finish } = startPdf({ title: 'Certificate of deletion', created, margin: MARGIN, fonts });

  doc.font('bold').fontSize(16).text('Certificate of deletion', { width });
  doc.moveDown(0.5);
  doc.font('body').fontSize(10).text(
    `On ${input.performedAt} DPO Desk deleted the messages, attachments, letters and notes of the ${input.cases.length} closed case(s) below, `
      + `whose retention period had ended on or before ${input.asOf}. Each case is kept only as an anonymised record (reference, dates, request types, outcome); `
      + 'the requester\'s name and e-mail address were replaced by "[erased]". Deleted pages were overwritten (SQLite secure_delete) and the database was rewritten (VACUUM).',
    { width, lineGap: 2 },
  );
  doc.moveDown(0.5);
  doc.text(`Workspace: ${input.workspace}`, { width });
  doc.text(`Audit log head after deletion: event ${input.auditHead.seq}, hash ${input.auditHead.hash}`, { width });
  doc.moveDown(0.8);

  const cols = [
    { title: 'Case', x: 0, w: 110 },
    { title: 'Closed', x: 110, w: 75 },
    { title: 'Retention', x: 185, w: 70 },
    { title: 'Delete after', x: 255, w: 80 },
    { title: 'Organisation', x: 335, w: 100 },
    { title: 'Audit event', x: 435, w: 60 },
  ];
  const row = (cells: string[], font: 'body' | 'bold') => {
    if (doc.y > doc.page.height - MARGIN - 20) doc.addPage();
    const y = doc.y;
    doc.font(font).fontSize(9);
    cells.forEach((cell, i) => doc.text(cell, MARGIN + cols[i].x, y, { width: cols[i].w, lineBreak: false }));
    doc.x = MARGIN;
    doc.y = y + 14;
  };
  row(cols.map((c) => c.title), 'bold');
  for (const c of input.cases) {
    row([c.ref, c.closedAt.slice(0, 10), `${c.retentionMonths} months${c.defaultRetention ? '*' : ''}`, c.deleteAfter, c.organisationId ?? '—', `#${c.auditSeq}`], 'body');
  }
  doc.moveDown(1);
  doc.font('body').fontSize(8.5).fillColor('#555555');
  if (input.cases.some((c) => c.defaultRetention)) doc.text('* No organisation on the case: the default retention period applied.', MARGIN, doc.y, { width });
  doc.text(
    'Backups made before this deletion still hold the deleted content, encrypted, until they are replaced. '
      + 'Each deletion is recorded as a "case.purged" event in the workspace\'s hash-chained audit log; "dpo audit verify" checks the log.',
    MARGIN, doc.y, { width, lineGap: 1.5 },
  );
  return finish();
}
