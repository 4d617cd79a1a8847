// California: CCPA regulations 11 CCR §7021 (confirm in 10 business days, respond in 45 calendar days, +45
// with notice), §7026 (opt-out of sale/sharing in 15 business days), and Shine the Light (Civ. Code §1798.83).
import { type CivilDate, addDays, showDate } from '../civil-date';
import { addWorkingDays, rollToWorkingDay } from '../calendar';
import { type Ctx, Draft, eventsOf } from '../context';
import { extensionOf, ignoredEvents, lateNotice, notApplicable, refusalNotice } from '../common';
import type { Deadline } from '../types';
import type { RequestType } from '../../domain/ids';

const KNOW_DELETE_CORRECT: readonly RequestType[] = ['access', 'portability', 'erasure', 'child-data-deletion', 'rectification'];
const OPT_OUT: readonly RequestType[] = ['sale-share-opt-out', 'objection'];
const NO_PAUSE = '§7021(b): the 45 days run "regardless of time required to verify"; the CCPA has no clock-stop';

export function ccpa(ctx: Ctx): Deadline[] {
  if (KNOW_DELETE_CORRECT.includes(ctx.requestType)) return knowDeleteCorrect(ctx);
  if (OPT_OUT.includes(ctx.requestType)) return [optOut(ctx)];
  return [notApplicable(ctx, `The CCPA sets no deadline for a ${ctx.requestType} (no consumer appeal step is required; complaint timing to the CPPA/AG is not confirmed).`)];
}

/** Day `n` of a calendar-day period under the chosen counting reading. */
function dayN(ctx: Ctx, d: Draft, n: number): CivilDate {
  const reading = d.str('ccpa.day-counting');
  if (reading === 'exclude-first-day') {
    const cal = d.calendar('ccpa.business-day-calendar');
    const end = d.daysAfter(ctx.received, n, ' (CCP §12: the day of receipt excluded, the last day included)');
    return rollToWorkingDay(cal, end, d.trace);
  }
  const cal = d.calendar('ccpa.business-day-calendar');
  const end = addDays(ctx.received, n - 1);
  d.note(`Day 1 is the day of receipt (§7021(b): the period "will begin on the day that the business receives the request"), so day ${n} is ${showDate(end)} (receipt + ${n - 1} days).`);
  return d.keep(end, cal, 'the safe reading is not moved to a working day');
}

function knowDeleteCorrect(ctx: Ctx): Deadline[] {
  const out: Deadline[] = [];
  const ack = new Draft(ctx, 'acknowledge', '11 CCR §7021(a)');
  const cal = ack.calendar('ccpa.business-day-calendar');
  const ackDue = addWorkingDays(cal, ctx.received, ack.num('ccpa.acknowledge.business-days'), ack.trace);
  ack.note('Confirm receipt and explain the verification process and when to expect a reply (not needed if the request is already answered).');
  out.push(ack.finish(ackDue));

  const respond = new Draft(ctx, 'respond', '11 CCR §7021(b); Civ. Code §1798.130(a)(2)');
  ignoredEvents(ctx, respond, ['paused', 'clock-stop', 'clock-restart', 'clock-start-later'], NO_PAUSE);
  const days = respond.num('ccpa.respond.days');
  const baseDue = dayN(ctx, respond, days);
  respond.note('If the consumer cannot be verified within this period, the request may be denied.');
  out.push(respond.finish(baseDue));

  const ext = extensionOf(ctx);
  const notice = new Draft(ctx, 'extension-notice', 'Civ. Code §1798.130(a)(2)(A); 11 CCR §7021(b)');
  const noticeDue = dayN(ctx, notice, notice.num('ccpa.respond.days'));
  notice.note('To take more time, tell the consumer within the first 45-day period, with the reason.');
  out.push(notice.finish(noticeDue, { warning: lateNotice('extension notice', ext?.date, noticeDue) }));

  let finalDue = baseDue;
  if (ext) {
    const d = new Draft(ctx, 'respond-extended', '11 CCR §7021(b): at most 90 calendar days from receipt');
    const total = d.num('ccpa.respond.days') + d.num('ccpa.extension.days');
    d.note(`Extended: ${total} days in all from receipt.`);
    let due = dayN(ctx, d, total);
    if (due < baseDue) { due = baseDue; d.note(`An extended date never precedes the first deadline: ${showDate(due)}.`); }
    finalDue = due;
    out.push(d.finish(due, { warning: lateNotice('extension notice', ext.date, noticeDue) }));
  }
  const refusal = refusalNotice(ctx, '11 CCR §7021(b); Civ. Code §1798.130', finalDue, ['A denial is the response: it is due within the response period.']);
  if (refusal) out.push(refusal);
  return out;
}

function optOut(ctx: Ctx): Deadline {
  const d = new Draft(ctx, 'respond', '11 CCR §7026');
  if (ctx.requestType === 'objection') d.note('Treated as an opt-out of sale or sharing (§7026).');
  const cal = d.calendar('ccpa.business-day-calendar');
  ignoredEvents(ctx, d, ['paused', 'clock-stop', 'clock-restart', 'clock-start-later'], 'an opt-out needs no verification, so nothing stops the clock');
  const due = addWorkingDays(cal, ctx.received, d.num('ccpa.opt-out.business-days'), d.trace);
  d.note('Act "as soon as feasibly possible"; this is the latest day.');
  return d.finish(due);
}

export function shineTheLight(ctx: Ctx): Deadline[] {
  if (ctx.requestType !== 'shine-the-light' && ctx.requestType !== 'access') {
    return [notApplicable(ctx, `Shine the Light covers only requests for the list of third parties that received personal information for direct marketing, not a ${ctx.requestType}.`)];
  }
  const d = new Draft(ctx, 'respond', 'Cal. Civ. Code §1798.83');
  const channel = eventsOf(ctx, 'designated-channel');
  const designated = channel.length ? channel[channel.length - 1].designated : true;
  let due: CivilDate;
  if (designated) {
    if (!channel.length) d.note('Assumed received at the designated address, e-mail, telephone or fax (record a designated-channel event if not).');
    else d.note('Received at the designated contact.');
    due = d.daysAfter(ctx.received, d.num('ca-shine-the-light.designated.days'));
  } else {
    d.note('Not received at the designated contact: a reasonable period, at most 150 days.');
    due = d.daysAfter(ctx.received, d.num('ca-shine-the-light.other.days'));
  }
  d.keep(due, null, 'a count in calendar days');
  d.note('A customer may make this request once per calendar year.');
  return [d.finish(due)];
}
