// UK GDPR as amended (Art. 12A) and ICO guidance: one month from the relevant time (receipt, or later ID,
// authority or fee), clarification pauses the clock, an extension is three months from the original start,
// a weekend or bank holiday moves the deadline to the next working day. DPA 2018 s.164A: acknowledge a
// complaint within 30 days. s.166: three months for the ICO.
import { type CivilDate, addDays, maxDate, showDate } from '../civil-date';
import { rollToWorkingDay } from '../calendar';
import { type Ctx, Draft, eventsOf } from '../context';
import { RIGHTS_TYPES, extensionOf, ignoredEvents, lateNotice, notApplicable, promptly, refusalNotice } from '../common';
import { applyPauses, pausesOf } from '../pauses';
import type { Deadline } from '../types';

const BASIS = 'UK GDPR Art. 12(3), Art. 12A; ICO right of access guidance';
const REASON_WORDS = { 'id-received': 'the requested ID was received', 'fee-paid': 'the fee was paid', 'authority-received': "proof of the third party's authority was received" };

export function ukGdpr(ctx: Ctx): Deadline[] {
  if (ctx.requestType === 'complaint') return complaint(ctx);
  if (ctx.requestType === 'regulator') return [regulatorProgress(ctx)];
  if (RIGHTS_TYPES.includes(ctx.requestType)) return rightsRequest(ctx);
  if (ctx.requestType === 'follow-up' || ctx.requestType === 'inquiry') {
    return [promptly(ctx, 'UK GDPR Art. 12(2) (no period for this type)', `UK law sets no period for a ${ctx.requestType}; a rights request inside it runs its own one-month clock.`)];
  }
  return [notApplicable(ctx, `UK data protection law sets no deadline for a ${ctx.requestType} request.`)];
}

/** The relevant time: the latest of receipt and the dates on which requested ID, authority or a fee arrived. */
function relevantTime(ctx: Ctx, d: Draft): CivilDate {
  let start = ctx.received;
  let why = '';
  for (const e of eventsOf(ctx, 'clock-start-later')) {
    if (e.date > start) { start = e.date; why = REASON_WORDS[e.reason]; }
    else if (e.date < ctx.received) d.note(`The ${e.reason} date ${showDate(e.date)} is before receipt, so the clock still starts on receipt.`);
  }
  if (start !== ctx.received) d.note(`The clock starts ${showDate(start)}, when ${why} (the latest of receipt, ID, authority and fee).`);
  else d.note('The clock starts on the day of receipt, even a non-working day (ICO).');
  // Only counted as used (and so in the confidence) when it actually applies to this request.
  if (ctx.received < ctx.rules.str('uk-gdpr.legacy-day-after-before', null)) {
    const legacyBefore = d.str('uk-gdpr.legacy-day-after-before');
    const next = addDays(start, 1);
    d.note(`Received before ${showDate(legacyBefore)}: the ICO then counted from the day after, ${showDate(next)}.`);
    return next;
  }
  return start;
}

function rightsRequest(ctx: Ctx): Deadline[] {
  const out: Deadline[] = [];
  const respond = new Draft(ctx, 'respond', BASIS);
  const cal = respond.calendar('uk-gdpr.calendar');
  ignoredEvents(ctx, respond, ['fee-notice'], 'under UK law the clock starts when the fee is paid (record a clock-start-later, fee-paid)');
  const start = relevantTime(ctx, respond);
  const firstEnd = respond.monthsAfter(start, respond.num('uk-gdpr.respond.months'), ', counting to the same date');
  const pauses = pausesOf(ctx);
  const paused = applyPauses(respond.trace, start, firstEnd, pauses);
  const baseDue = paused.end === null ? null : rollToWorkingDay(cal, paused.end, respond.trace);
  out.push(respond.finish(baseDue, paused.end === null ? { warning: 'The clock is stopped awaiting clarification: no date until the answer arrives.' } : {}));

  const ext = extensionOf(ctx);
  const notice = new Draft(ctx, 'extension-notice', 'UK GDPR Art. 12A; ICO: tell the individual within one month');
  notice.calendar('uk-gdpr.calendar');
  const noticeStart = relevantTime(ctx, notice);
  const noticeEnd = rollToWorkingDay(cal, notice.monthsAfter(noticeStart, notice.num('uk-gdpr.respond.months')), notice.trace);
  notice.note('Paused days are not added to this notice deadline (the earlier, safe reading). Give the reasons.');
  out.push(notice.finish(noticeEnd, { warning: lateNotice('extension notice', ext?.date, noticeEnd) }));

  if (ext) {
    const d = new Draft(ctx, 'respond-extended', 'UK GDPR Art. 12A; ICO: "three months from the original start date"');
    d.calendar('uk-gdpr.calendar');
    const s = relevantTime(ctx, d);
    const end = applyPauses(d.trace, s, d.monthsAfter(s, d.num('uk-gdpr.extension.months-from-start')), pauses).end;
    let due = end === null ? null : rollToWorkingDay(cal, end, d.trace);
    if (due !== null && baseDue !== null && due < baseDue) {
      due = maxDate(due, baseDue);
      d.note(`An extended date never precedes the first deadline: ${showDate(due)}.`);
    }
    out.push(d.finish(due, { warning: lateNotice('extension notice', ext.date, noticeEnd) ?? (due === null ? 'The clock is stopped awaiting clarification.' : undefined) }));
  }
  const refusal = refusalNotice(ctx, 'UK GDPR Art. 12(4)', baseDue, [
    'If the controller does not act, it must tell the individual within the time for responding, with reasons and the right to complain to the ICO and to go to court.',
  ]);
  if (refusal) out.push(refusal);
  return out;
}

function complaint(ctx: Ctx): Deadline[] {
  const d = new Draft(ctx, 'acknowledge', 'DPA 2018 s.164A(3) (DUAA 2025 s.103); ICO complaints guidance');
  const cal = d.calendar('uk-gdpr.calendar');
  const days = d.num('uk-gdpr.complaint.ack-days');
  const reading = d.str('uk-gdpr.complaint.ack-start');
  const inForce = d.str('uk-gdpr.complaint.in-force');
  let end: CivilDate;
  if (reading === 'day-of-receipt') {
    end = addDays(ctx.received, days - 1);
    d.note(`Day 1 is the day of receipt (rule uk-gdpr.complaint.ack-start = day-of-receipt), so day ${days} is ${showDate(end)}.`);
  } else {
    end = addDays(ctx.received, days);
    d.note(`The ${days} days begin the day after receipt (ICO): day 1 is ${showDate(addDays(ctx.received, 1))}, day ${days} is ${showDate(end)}.`);
  }
  const due = rollToWorkingDay(cal, end, d.trace);
  const warning = ctx.received < inForce ? `Section 164A applies to complaints received from ${showDate(inForce)}; this one came earlier, so the acknowledgement is good practice, not a statutory duty.` : undefined;
  const out = [d.finish(due, { warning })];
  out.push(promptly(ctx, 'DPA 2018 s.164A(4)–(5)', 'After acknowledging, take appropriate steps (enquiries, progress updates) and give the outcome without undue delay.'));
  return out;
}

function regulatorProgress(ctx: Ctx): Deadline {
  const d = new Draft(ctx, 'regulator-progress', 'DPA 2018 s.166');
  const cal = d.calendar('uk-gdpr.calendar');
  d.note('Complaint received by the ICO: it must give progress or outcome information.');
  const end = d.monthsAfter(ctx.received, d.num('uk-gdpr.regulator.months'));
  const due = rollToWorkingDay(cal, end, d.trace);
  d.note('If it has not, the complainant may ask the Tribunal for an order (and again in each later three-month period).');
  return d.finish(due);
}
