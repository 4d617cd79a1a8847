// Regimes counted in plain days from receipt: Switzerland (FADP/DPO, 30 days, fee reflection period), Brazil
// (LGPD Art. 19, 15 days) and the Virginia-style US state laws (45 + 45, appeal 60). Calendar days are assumed
// and a last day on a weekend is kept (the earlier date), unless the organisation switches roll-forward on.
import { type CivilDate, maxDate, showDate } from '../civil-date';
import { rollToWorkingDay } from '../calendar';
import { type Ctx, Draft, eventsOf } from '../context';
import { RIGHTS_TYPES, extensionOf, ignoredEvents, lateNotice, notApplicable, promptly, refusalNotice } from '../common';
import type { Deadline } from '../types';

const PAUSE_EVENTS = ['paused', 'clock-stop', 'clock-restart', 'clock-start-later'];

/** Keeps or moves a calendar-day end date, per the regime's roll-forward flag. */
function settle(d: Draft, end: CivilDate, flagId: string, calendarRule: string): CivilDate {
  if (d.flag(flagId)) return rollToWorkingDay(d.calendar(calendarRule), end, d.trace);
  return d.keep(end, null, `calendar days assumed, and the earlier date is kept (rule ${flagId} is off)`);
}

export function chFadp(ctx: Ctx): Deadline[] {
  if (ctx.requestType !== 'access' && ctx.requestType !== 'portability') {
    if (RIGHTS_TYPES.includes(ctx.requestType)) {
      return [promptly(ctx, 'revFADP (no period for this right)', `The FADP and DPO set a 30-day period for access; none is set for ${ctx.requestType}.`)];
    }
    return [notApplicable(ctx, `The Swiss FADP sets no deadline for a ${ctx.requestType}.`)];
  }
  const out: Deadline[] = [];
  const d = new Draft(ctx, 'respond', 'FADP Art. 25(7); DPO Art. 18(1)');
  if (ctx.requestType === 'portability') d.note('Portability is handled like access (assumption: same 30-day period).');
  ignoredEvents(ctx, d, PAUSE_EVENTS, 'the FADP texts retrieved have no clock-stop');
  const days = d.num('ch-fadp.respond.days');
  const fee = eventsOf(ctx, 'fee-notice').at(-1);
  let start = ctx.received;
  if (fee) {
    const r = new Draft(ctx, 'reflection-ends', 'DPO Art. 19(3)');
    const feeDate = maxDate(fee.date, ctx.received);
    r.note(`Fee notice (at most CHF 300) sent ${showDate(feeDate)}.`);
    const reflectionEnd = r.daysAfter(feeDate, r.num('ch-fadp.reflection.days'), ' (the reflection period)');
    r.note('If the requester does not confirm by then, the request is deemed withdrawn at no cost.');
    out.push(r.finish(reflectionEnd));
    d.note(`Fee notice sent ${showDate(feeDate)}; the reflection period ends ${showDate(reflectionEnd)} (DPO Art. 19(3)), and the ${days} days run from then if the requester confirms.`);
    start = reflectionEnd;
  }
  const due = settle(d, d.daysAfter(start, days, fee ? ' (end of the reflection period)' : ''), 'ch-fadp.roll-forward', 'ch-fadp.calendar');
  out.push(d.finish(due));

  const ext = extensionOf(ctx);
  const notice = new Draft(ctx, 'extension-notice', 'DPO Art. 18(2)');
  notice.note(`If the information cannot be given within ${days} days, tell the person so, and how long it will take, within the same period.`);
  out.push(notice.finish(due, { warning: lateNotice('notice of delay', ext?.date, due) }));
  if (ext) {
    const x = new Draft(ctx, 'respond-extended', 'DPO Art. 18(2): the timeframe notified');
    if (ext.until) {
      x.note(`The organisation told the person it would answer by ${showDate(ext.until)} (the law sets no maximum).`);
      out.push(x.finish(maxDate(ext.until, due), { warning: lateNotice('notice of delay', ext.date, due) }));
    } else {
      x.note('The law sets no maximum: the deadline is the timeframe given to the person. Record it as the extension\'s "until" date.');
      out.push(x.finish(null, { noFixedPeriod: true, warning: 'No statutory maximum: record the date you gave the person.' }));
    }
  }
  const refusal = refusalNotice(ctx, 'DPO Art. 18(3)', due, ['A refusal, restriction or deferral must be notified within the same deadline.']);
  if (refusal) out.push(refusal);
  return out;
}

export function lgpd(ctx: Ctx): Deadline[] {
  if (ctx.requestType !== 'access') {
    if (RIGHTS_TYPES.includes(ctx.requestType)) return [promptly(ctx, 'LGPD Art. 18', `The LGPD sets a 15-day period for confirmation and access (Art. 19); no fixed period was confirmed for ${ctx.requestType}.`)];
    return [notApplicable(ctx, `The LGPD sets no deadline for a ${ctx.requestType}.`)];
  }
  const d = new Draft(ctx, 'respond', 'LGPD Art. 19(II)');
  d.note('A simplified confirmation is due immediately (Art. 19(I)); the full, clear declaration within 15 days "counted from the date of the request".');
  ignoredEvents(ctx, d, PAUSE_EVENTS, 'the LGPD has no clock-stop');
  const end = d.daysAfter(ctx.received, d.num('lgpd.respond.days'));
  return [d.finish(settle(d, end, 'lgpd.roll-forward', 'lgpd.calendar'))];
}

interface StateModel { name: string; appeal: 'standard' | 'colorado' | 'none'; note?: string }
const STATES: Record<string, StateModel> = {
  'US-VA': { name: 'Virginia (VCDPA §59.1-577)', appeal: 'standard' },
  'US-CT': { name: 'Connecticut (CTDPA)', appeal: 'standard' },
  'US-CO': { name: 'Colorado (CPA §6-1-1306)', appeal: 'colorado' },
  'US-UT': { name: 'Utah (UCPA §13-61-203)', appeal: 'none', note: 'Utah: the 45 days do not apply to a reasonably suspected fraudulent request that cannot be authenticated.' },
};

function stateOf(ctx: Ctx, d: Draft): StateModel {
  const known = ctx.country ? STATES[ctx.country] : undefined;
  if (known) { d.note(`State: ${known.name}.`); return known; }
  if (ctx.country) d.note(`State ${ctx.country}: figures follow the Virginia model; check that state's statute.`);
  else d.note('State: Virginia model (default; give the country as US-CO, US-CT or US-UT for another state).');
  return STATES['US-VA'];
}

export function usState(ctx: Ctx): Deadline[] {
  if (ctx.requestType === 'follow-up') return appealDecision(ctx, ctx.received, true);
  if (!RIGHTS_TYPES.includes(ctx.requestType)) return [notApplicable(ctx, `US state privacy laws set no deadline for a ${ctx.requestType}.`)];
  const out: Deadline[] = [];
  const d = new Draft(ctx, 'respond', 'VCDPA §59.1-577(B) and peers');
  const state = stateOf(ctx, d);
  if (state.note) d.note(state.note);
  ignoredEvents(ctx, d, PAUSE_EVENTS, 'these laws have no clock-stop');
  const days = d.num('us-state.respond.days');
  const due = d.keep(d.daysAfter(ctx.received, days, ' (receipt)'), null, 'a count in calendar days');
  out.push(d.finish(due));

  const ext = extensionOf(ctx);
  const notice = new Draft(ctx, 'extension-notice', 'VCDPA §59.1-577(B)');
  notice.note(`An extension must be notified, with the reason, within the initial ${days}-day period.`);
  out.push(notice.finish(due, { warning: lateNotice('extension notice', ext?.date, due) }));
  if (ext) {
    const x = new Draft(ctx, 'respond-extended', 'VCDPA §59.1-577(B): extended once');
    const total = x.num('us-state.respond.days') + x.num('us-state.extension.days');
    const end = x.keep(x.daysAfter(ctx.received, total, ' (receipt)'), null, 'a count in calendar days');
    out.push(x.finish(maxDate(end, due), { warning: lateNotice('extension notice', ext.date, due) }));
  }
  const refusal = refusalNotice(ctx, 'VCDPA §59.1-577(B)', due, [`A decline notice with the justification and how to appeal is due within ${days} days of receipt.`]);
  if (refusal) out.push(refusal);
  for (const a of eventsOf(ctx, 'appeal')) out.push(...appealDecision(ctx, maxDate(a.date, ctx.received), false));
  return out;
}

/** Appeals: request type 'follow-up' (the appeal itself is the case's receipt) or an 'appeal' event on a request. */
function appealDecision(ctx: Ctx, appealReceived: CivilDate, isCase: boolean): Deadline[] {
  const d = new Draft(ctx, 'appeal-decision', 'VCDPA §59.1-577(C); CTDPA');
  const state = stateOf(ctx, d);
  if (state.appeal === 'none') return [notApplicable(ctx, `${state.name} has no appeal provision in the sections retrieved.`)];
  d.note(isCase ? 'A follow-up under a US state law is treated as an appeal of a refusal.' : `Appeal received ${showDate(appealReceived)}.`);
  const out: Deadline[] = [];
  if (state.appeal === 'colorado') {
    const base = d.keep(d.daysAfter(appealReceived, d.num('us-state.colorado.appeal.days'), ' (appeal received)'), null, 'a count in calendar days');
    out.push(d.finish(base, { warning: 'Colorado appeal period not confirmed [?].' }));
    if (isCase && extensionOf(ctx)) {
      const x = new Draft(ctx, 'appeal-decision-extended', 'Colorado CPA (appeal extension, not confirmed)');
      const total = x.num('us-state.colorado.appeal.days') + x.num('us-state.colorado.appeal.extension.days');
      out.push(x.finish(x.keep(x.daysAfter(appealReceived, total, ' (appeal received)'), null, 'a count in calendar days'), { warning: 'Colorado appeal extension not confirmed [?].' }));
    }
    return out;
  }
  const due = d.keep(d.daysAfter(appealReceived, d.num('us-state.appeal.days'), ' (appeal received)'), null, 'a count in calendar days');
  d.note('If the appeal is denied, give the consumer a way to complain to the Attorney General.');
  return [d.finish(due)];
}
