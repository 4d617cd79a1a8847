import { describe, expect, it } from 'vitest';
import { monthDays, monthTitle, shiftMonth } from './month';

describe('the calendar month', () => {
  it('June 2026 shows whole weeks from Monday 1 June to Sunday 5 July', () => {
    const days = monthDays('2026-06');
    expect(days[0]).toBe('2026-06-01');
    expect(days.at(-1)).toBe('2026-07-05');
    expect(days).toHaveLength(35);
  });

  it('February 2026 starts in the last week of January, and a year turns over between months', () => {
    expect(monthDays('2026-02')[0]).toBe('2026-01-26');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthTitle('2026-03')).toBe('March 2026');
  });
});
