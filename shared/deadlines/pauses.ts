// Clock stops: the days from asking for clarification to receiving it (both included) do not count, so they
// are added to the end of the period (UK Art. 12A / DPA 2018 s.54(3C); legal reference example 12).
import { type CivilDate, addDays, daysBetween, maxDate, showDate } from './civil-date';
import { type Ctx, eventsOf } from './context';

export interface Pause {
  from: CivilDate;
  /** null: the clock is still stopped. */
  to: CivilDate | null;
}

/** Pauses from 'paused' events and from clock-stop / clock-restart pairs, sorted and merged. */
export function pausesOf(ctx: Ctx): Pause[] {
  const list: Pause[] = eventsOf(ctx, 'paused').map((p) => ({ from: p.from, to: maxDate(p.from, p.to) }));
  const stops = eventsOf(ctx, 'clock-stop').map((s) => s.from).sort();
  const restarts = eventsOf(ctx, 'clock-restart').map((r) => r.to).sort();
  for (const from of stops) {
    const i = restarts.findIndex((to) => to >= from);
    if (i === -1) list.push({ from, to: null });
    else list.push({ from, to: restarts.splice(i, 1)[0] });
  }
  list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: Pause[] = [];
  for (const p of list) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || p.from <= addDays(last.to, 1))) {
      last.to = last.to === null || p.to === null ? null : maxDate(last.to, p.to);
    } else merged.push({ ...p });
  }
  return merged;
}

export function hasPauseEvents(ctx: Ctx): boolean {
  return ctx.events.some((e) => e.type === 'paused' || e.type === 'clock-stop' || e.type === 'clock-restart');
}

/**
 * Adds each pause that begins before the (growing) end of the period. Returns null when the clock is still
 * stopped: no date can be given until the answer arrives.
 */
export function applyPauses(trace: string[], start: CivilDate, end: CivilDate, pauses: readonly Pause[]): { end: CivilDate | null; added: number } {
  let current = end;
  let added = 0;
  for (const p of pauses) {
    const from = maxDate(p.from, start);
    if (p.to !== null && p.to < start) continue;
    if (from > current) {
      trace.push(`The pause from ${showDate(p.from)} began after the period had ended, so it does not count.`);
      continue;
    }
    if (p.to === null) {
      trace.push(`The clock stopped on ${showDate(from)} and has not restarted: no date until the answer arrives (the days already used stay used).`);
      return { end: null, added };
    }
    const days = daysBetween(from, p.to) + 1;
    current = addDays(current, days);
    added += days;
    trace.push(`Clock paused ${showDate(from)} to ${showDate(p.to)} (${days} days, both included): added to the end, ${showDate(current)}.`);
  }
  return { end: current, added };
}
