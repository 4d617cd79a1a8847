import { describe, expect, it } from 'vitest';
import { civilDateIn, countdown, formatCivilDate, formatInstant } from './format';

describe('how due dates read on screen', () => {
  it('a reply due on 2 March 2026 reads "2 Mar 2026", whatever zone the computer is in', () => {
    expect(formatCivilDate('2026-03-02')).toBe('2 Mar 2026');
  });

  it('a case due in twelve days says so, and one due yesterday is a day overdue', () => {
    expect(countdown('2026-03-14', '2026-03-02')).toEqual({ text: 'in 12 days', tone: 'later' });
    expect(countdown('2026-03-01', '2026-03-02')).toEqual({ text: '1 day overdue', tone: 'overdue' });
    expect(countdown('2026-02-27', '2026-03-02')).toEqual({ text: '3 days overdue', tone: 'overdue' });
  });

  it('a case due today or within a week is flagged for attention', () => {
    expect(countdown('2026-03-02', '2026-03-02').text).toBe('due today');
    expect(countdown('2026-03-09', '2026-03-02')).toEqual({ text: 'in 7 days', tone: 'soon' });
    expect(countdown('2026-03-03', '2026-03-02').text).toBe('in 1 day');
  });

  it('counts calendar days across the change to summer time without losing one', () => {
    expect(countdown('2026-03-30', '2026-03-28').text).toBe('in 2 days');
  });
});

describe('how receipt reads on screen', () => {
  it('a request that reached a Berlin organisation at 00:30 on 1 February was received on 1 February there, 31 January in UTC', () => {
    const instant = '2026-01-31T23:30:00.000Z';
    expect(civilDateIn(instant, 'Europe/Berlin')).toBe('2026-02-01');
    expect(civilDateIn(instant, 'UTC')).toBe('2026-01-31');
    expect(formatInstant(instant, 'Europe/Berlin')).toBe('1 Feb 2026, 00:30');
  });
});
