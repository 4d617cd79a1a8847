import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/contract/cases';
import { casesCsv, csvField } from './cases-csv';

const erasure: CaseSummary = {
  ref: 'DPO-2026-0007',
  kind: 'request',
  status: 'waiting-requester',
  requestTypes: ['erasure', 'objection'],
  regime: 'gdpr',
  regimes: ['gdpr'],
  jurisdiction: 'eu',
  receivedAt: '2026-01-31T09:00:00.000Z',
  timeZone: 'Europe/Berlin',
  dueAt: '2026-03-02',
  overdue: false,
  escalationStage: 'organisation',
  requester: { name: '=HYPERLINK("http://evil.example","Chloé")', email: 'chloe@example.org' },
  organisationId: 'imaps',
  subject: 'Delete my account, "all of it"\nplease',
  channel: 'email',
};

describe('exporting the selected cases as CSV', () => {
  it('an erasure request becomes one quoted row under a header, with CRLF line ends', () => {
    const csv = casesCsv([erasure]);
    const [header, row, end] = csv.split('\r\n');
    expect(header.startsWith('"Ref","Status","Kind","Request types"')).toBe(true);
    expect(row.startsWith('"DPO-2026-0007","waiting-requester","request","erasure; objection","gdpr"')).toBe(true);
    expect(row).toContain('"2026-03-02","false","organisation"');
    expect(end).toBe('');
  });

  it('a requester name that a spreadsheet would run as a formula is written as text', () => {
    expect(casesCsv([erasure])).toContain(`"'=HYPERLINK(""http://evil.example"",""Chloé"")"`);
    expect(['+1 555', '-2', '@SUM(A1)'].map(csvField)).toEqual([`"'+1 555"`, `"'-2"`, `"'@SUM(A1)"`]);
  });

  it('quotes and line breaks in a subject stay inside one field', () => {
    expect(csvField(erasure.subject)).toBe('"Delete my account, ""all of it""\nplease"');
    expect(csvField(null)).toBe('""');
  });
});
