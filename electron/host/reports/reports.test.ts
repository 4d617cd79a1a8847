import { describe, expect, it } from 'vitest';
import { unlockedHost } from '../../../test/helpers/temp-workspace';
import { pdfText } from '../letters/test-readers';
import { csvCell, toCsv } from './csv';

type Host = Awaited<ReturnType<typeof unlockedHost>>;

async function ccpaRequest(host: Host, receivedLocal: string, requestType: 'access' | 'erasure', name: string, close?: { outcome: 'complied' | 'partly-complied' | 'refused' | 'withdrawn'; on: string }) {
  const { ref } = await host.api['cases.create']({ requestTypes: [requestType], regimes: ['ccpa'], receivedLocal, timeZone: 'America/Los_Angeles', requester: { name, email: `${name.split(' ')[0].toLowerCase()}@example.com` } });
  if (close) await host.api['cases.close']({ ref, outcome: close.outcome, on: close.on });
  return ref;
}

/** A year of California requests with known answers. */
async function year2025(host: Host) {
  await ccpaRequest(host, '2024-12-31T23:30', 'access', 'Night Owl'); // 1 January in UTC, still 2024 in California
  await ccpaRequest(host, '2025-02-03', 'access', 'Ann Lee', { outcome: 'complied', on: '2025-02-13' }); // 10 days
  await ccpaRequest(host, '2025-03-03', 'access', 'Bo Chen', { outcome: 'partly-complied', on: '2025-03-23' }); // 20 days
  await ccpaRequest(host, '2025-04-01', 'access', 'Cy Diaz', { outcome: 'refused', on: '2025-05-01' }); // 30 days
  await ccpaRequest(host, '2025-05-01', 'erasure', 'Di Łukasiewicz', { outcome: 'complied', on: '2025-06-10' }); // 40 days, on time
  await ccpaRequest(host, '2025-06-02', 'erasure', 'Ed Fox', { outcome: 'complied', on: '2025-08-01' }); // 60 days, late
  await ccpaRequest(host, '2025-07-01', 'erasure', 'Flo Gray', { outcome: 'withdrawn', on: '2025-07-05' });
  await ccpaRequest(host, '2025-12-01', 'erasure', 'Gus Hill'); // still open, overdue by mid-January
}

describe('the CCPA §7102 metrics for 2025', () => {
  it('counts received, complied in whole or part, denied, and the median and mean days to respond per request type', async () => {
    const host = await unlockedHost();
    await year2025(host);
    const report = await host.api['reports.build']({ from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-20' });
    expect(report.cases.map((c) => c.requester.name)).not.toContain('Night Owl');
    expect(report.metrics.total).toBe(7);
    expect(report.metrics.byRequestType).toEqual([
      { requestType: 'access', received: 3, complied: 1, partlyComplied: 1, denied: 1, withdrawn: 0, open: 0, medianDays: 20, meanDays: 20 },
      { requestType: 'erasure', received: 4, complied: 2, partlyComplied: 0, denied: 0, withdrawn: 1, open: 1, medianDays: 50, meanDays: 50 },
    ]);
    // Closed cases judged against their due date: 5 of the 6 on time (the 60-day erasure was late).
    expect(report.metrics.byRegime).toEqual([{ regime: 'ccpa', received: 7, closed: 6, closedOnTime: 5, onTimeRate: 0.833, openOverdue: 1 }]);
  });

  it('exports the cases as CSV a spreadsheet opens safely, as JSON, and as a PDF with the tables and charts', async () => {
    const host = await unlockedHost();
    await year2025(host);
    const csv = await host.api['reports.export']({ from: '2025-01-01', to: '2025-12-31', format: 'csv', asOf: '2026-01-20' });
    expect(csv.filename).toBe('dpo-report-2025-01-01-to-2025-12-31.csv');
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^ref,kind,status,request_types,regimes,/);
    expect(lines.filter(Boolean)).toHaveLength(8);
    expect(lines.find((l) => l.includes('Łukasiewicz'))).toMatch(/,closed,erasure,ccpa,.*,complied,40,true,/);

    const json = JSON.parse(Buffer.from((await host.api['reports.export']({ from: '2025-01-01', to: '2025-12-31', format: 'json', asOf: '2026-01-20' })).base64, 'base64').toString('utf8'));
    expect(Object.keys(json)).toEqual(['from', 'to', 'asOf', 'cases', 'metrics']);

    const pdf = await host.api['reports.export']({ from: '2025-01-01', to: '2025-12-31', format: 'pdf', asOf: '2026-01-20' });
    const text = await pdfText(Buffer.from(pdf.base64, 'base64'));
    expect(text).toContain('Privacy requests received 2025-01-01 to 2025-12-31');
    expect(text).toMatch(/access\s+3\s+1\s+1\s+1\s+0\s+0\s+20\s+20/);
    expect(text).toContain('Requests by type and outcome');
    expect(text).toContain('ccpa 83 %');
    expect(text).toContain('Di Łukasiewicz');
    expect(text).toMatch(/DPO-2025-0003 2025-04-01 access ccpa 2025-05-15 2025-05-01 refused Cy Diaz/);
  });
});

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('O\'Brien, "Pat"')).toBe('"O\'Brien, ""Pat"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
