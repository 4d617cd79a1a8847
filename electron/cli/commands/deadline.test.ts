// `dpo deadline` as a DPO uses it from a terminal: JSON for scripts, a table with traces for people,
// and a plain sentence with exit code 2 for a mistake.
import { describe, expect, it } from 'vitest';
import { deadlineCommand } from './deadline';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await deadlineCommand(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

describe('dpo deadline', () => {
  it('prints the UK deadline for a request received Sat 31 Jan 2026 as JSON: Mon 2 Mar 2026', async () => {
    const { code, out, err } = await run('--regime', 'uk-gdpr', '--type', 'access', '--received', '2026-01-31', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const parsed = JSON.parse(out) as { deadlines: { kind: string; due: string; basis: string; trace: string[]; governing?: boolean }[] };
    const respond = parsed.deadlines.find((d) => d.kind === 'respond');
    expect(respond).toMatchObject({ due: '2026-03-02', governing: true });
    expect(respond?.basis).toContain('Art. 12');
    expect(respond?.trace).toContain('Sat 28 Feb 2026 is a Saturday: moved to the next working day, Mon 2 Mar 2026.');
  });
  it('with --extended the extended date governs (3 Sep 2025 → Wed 3 Dec 2025)', async () => {
    const { out } = await run('--regime', 'uk-gdpr', '--type', 'access', '--received', '2025-09-03', '--extended', '--json');
    const { deadlines } = JSON.parse(out) as { deadlines: { kind: string; due: string; governing?: boolean }[] };
    expect(deadlines.find((d) => d.governing)).toMatchObject({ kind: 'respond-extended', due: '2025-12-03' });
  });
  it('adds each --paused range to the UK clock (example 12: Fri 17 Apr 2026)', async () => {
    const { out } = await run('--regime', 'uk-gdpr', '--type', 'access', '--received', '2026-03-02', '--paused', '2026-03-05..2026-03-19', '--json');
    const { deadlines } = JSON.parse(out) as { deadlines: { kind: string; due: string }[] };
    expect(deadlines.find((d) => d.kind === 'respond')?.due).toBe('2026-04-17');
  });
  it('takes a local time and zone: 23:30 on 31 Jan in Los Angeles counts from 31 January', async () => {
    const { out } = await run('--regime', 'ccpa', '--type', 'erasure', '--received', '2026-01-31T23:30', '--tz', 'America/Los_Angeles', '--json');
    const { deadlines } = JSON.parse(out) as { deadlines: { kind: string; due: string }[] };
    expect(deadlines.find((d) => d.kind === 'respond')?.due).toBe('2026-03-16');
  });
  it('uses the country holiday calendar and organisation overrides', async () => {
    const ie = await run('--regime', 'gdpr', '--type', 'access', '--received', '2026-09-25', '--country', 'IE', '--json');
    expect(JSON.parse(ie.out).deadlines[0].due).toBe('2026-10-27');
    const ccp = await run('--regime', 'ccpa', '--type', 'access', '--received', '2026-01-05', '--override', 'ccpa.day-counting=exclude-first-day', '--json');
    const respond = (JSON.parse(ccp.out).deadlines as { kind: string; due: string; trace: string[] }[]).find((d) => d.kind === 'respond');
    expect(respond?.due).toBe('2026-02-19');
    expect(respond?.trace.join(' ')).toContain('Overridden by organisation');
  });
  it('prints a readable table with the trace of every deadline', async () => {
    const { code, out } = await run('--regime', 'ccpa', '--type', 'access', '--received', '2026-01-05');
    expect(code).toBe(0);
    expect(out).toMatch(/^KIND\s+DUE\s+CONF\s+BASIS$/m);
    expect(out).toMatch(/^acknowledge\s+Tue 20 Jan 2026\s+\?\s+11 CCR §7021\(a\)$/m);
    expect(out).toMatch(/^respond \*\s+Wed 18 Feb 2026/m);
    expect(out).toContain('  - Counting 10 working days after the day of receipt');
    expect(out).toContain('Martin Luther King Jr. Day');
  });
  it('shows COPPA as "promptly" with no date', async () => {
    const { out } = await run('--regime', 'coppa', '--type', 'child-data-deletion', '--received', '2026-05-04', '--json');
    expect(JSON.parse(out).deadlines[0]).toMatchObject({ kind: 'respond', due: null, noFixedPeriod: true });
  });
  it('answers mistakes with a sentence and exit code 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--regime', 'hipaa', '--type', 'access', '--received', '2026-01-31'], /Unknown regime "hipaa"\. Choose one of: gdpr, uk-gdpr/],
      [['--regime', 'gdpr', '--type', 'complain', '--received', '2026-01-31'], /Unknown request type "complain"/],
      [['--regime', 'gdpr', '--type', 'access', '--received', '2026-02-30'], /"2026-02-30" is not a date of receipt/],
      [['--regime', 'gdpr', '--type', 'access', '--received', 'yesterday'], /is not a date of receipt/],
      [['--regime', 'gdpr', '--type', 'access'], /Give the date of receipt/],
      [['--regime', 'gdpr', '--type', 'access', '--received', '2026-01-31', '--country', 'Narnia'], /not a holiday calendar code/],
      [['--regime', 'uk-gdpr', '--type', 'access', '--received', '2026-01-31', '--paused', '2026-03-19..2026-03-05'], /ends before it starts/],
      [['--regime', 'gdpr', '--type', 'access', '--received', '2026-01-31', '--tz', 'Europe/Atlantis'], /not a time zone/],
      [['--regime', 'gdpr', '--type', 'access', '--received', '2026-01-31', '--colour'], /Unknown option '--colour'/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(message);
    }
  });
});
