// EU GDPR: Art. 12(3) one month (+ two further months), Art. 12(4) refusal, Art. 78(2) three months for a
// supervisory authority. Months are counted under Reg. 1182/71 Art. 3: same date in the last month, clamped
// to its last day, and a last day on a Saturday, Sunday or public holiday moves to the next working day.
import { type CivilDate, maxDate, minDate, showDate } from '../civil-date';
import { rollToWorkingDay } from '../calendar';
import { type Ctx, Draft, eventsOf } from '../context';
import { RIGHTS_TYPES, extensionOf, ignoredEvents, lateNotice, notApplicable, promptly, refusalNotice } from '../common';
import { applyPauses, hasPauseEvents, pausesOf } from '../pauses';
import type { Deadline } from '../types';

const BASIS = 'GDPR Art. 12(3); Reg. 1182/71 Art. 3';
const COUNTING = 'The day of receipt is not counted and a period in months ends on the same date in the last month (Reg. 1182/71 Art. 3(1), 3(2)(c)).';

export function gdpr(ctx: Ctx): Deadline[] {
  if (ctx.requestType === 'regulator') return [regulatorProgress(ctx)];
  if (RIGHTS_TYPES.includes(ctx.requestType)) return rightsRequest(ctx);
  if (ctx.requestType === 'complaint' || ctx.requestType === 'follow-up' || ctx.requestType === 'inquiry') {
    return [promptly(ctx, 'GDPR Art. 12(2)–(3) (no period for this type)', `The GDPR sets no period for a ${ctx.requestType} sent to the controller; a rights request inside it runs its own one-month clock.`)];
  }
  return [notApplicable(ctx, `The GDPR sets no deadline for a ${ctx.requestType} request.`)];
}

/** The (possibly later) start and the pauses, when the organisation chose to let ID or clarification stop the clock. */
function clockAdjustments(ctx: Ctx, d: Draft): { start: CivilDate; pausesApply: boolean } {
  const later = eventsOf(ctx, 'clock-start-later');
  const pausesApply = d.flag('gdpr.pause-for-identity');
  if (!pausesApply) {
    if (later.length || hasPauseEvents(ctx)) {
      d.note('Waiting for ID or clarification does not stop the GDPR clock: the text has no pause (rule gdpr.pause-for-identity is off), so the recorded pause is not applied.');
    }
    return { start: ctx.received, pausesApply };
  }
  let start = ctx.received;
  for (const e of later) start = maxDate(start, e.date);
  if (start !== ctx.received) d.note(`Clock starts ${showDate(start)}, when the requested information arrived (organisation setting; DPA practice, not the GDPR text).`);
  return { start, pausesApply };
}

function firstMonthEnd(ctx: Ctx, d: Draft): { start: CivilDate; end: CivilDate | null; pausesApply: boolean } {
  const { start, pausesApply } = clockAdjustments(ctx, d);
  d.note(COUNTING);
  let end: CivilDate | null = d.monthsAfter(start, d.num('gdpr.respond.months'));
  if (pausesApply) end = applyPauses(d.trace, start, end, pausesOf(ctx)).end;
  return { start, end, pausesApply };
}

function rightsRequest(ctx: Ctx): Deadline[] {
  const out: Deadline[] = [];
  const respond = new Draft(ctx, 'respond', BASIS);
  if (ctx.requestType === 'objection') respond.note('An objection to direct marketing must be acted on without undue delay (Art. 21(3)); the one-month limit caps the reply.');
  const cal = respond.calendar('gdpr.calendar');
  ignoredEvents(ctx, respond, ['fee-notice'], 'a fee notice does not move the GDPR clock (tell the requester in advance, EDPB GL 01/2022 para 192)');
  const first = firstMonthEnd(ctx, respond);
  const baseDue = first.end === null ? null : rollToWorkingDay(cal, first.end, respond.trace);
  out.push(respond.finish(baseDue, first.end === null ? { warning: 'The clock is stopped: no date until the requested information arrives.' } : {}));

  // Notice of an extension: within one month of receipt, pauses not added (the earlier, safe reading).
  const ext = extensionOf(ctx);
  const notice = new Draft(ctx, 'extension-notice', 'GDPR Art. 12(3), second and third sentences');
  notice.calendar('gdpr.calendar');
  notice.note(COUNTING);
  const noticeEnd = rollToWorkingDay(cal, notice.monthsAfter(ctx.received, notice.num('gdpr.respond.months')), notice.trace);
  notice.note('To extend, tell the data subject within this first month, with the reasons.');
  out.push(notice.finish(noticeEnd, { warning: lateNotice('extension notice', ext?.date, noticeEnd) }));

  if (ext) out.push(extended(ctx, ext.date, first, baseDue, noticeEnd));
  const refusal = refusalNotice(ctx, 'GDPR Art. 12(4)', noticeEnd, [
    'If the controller does not act, it must say so within one month of receipt, with the reasons and the right to complain to a supervisory authority and to go to court.',
  ]);
  if (refusal) out.push(refusal);
  return out;
}

function extended(ctx: Ctx, noticeDate: CivilDate | undefined, first: { start: CivilDate; end: CivilDate | null; pausesApply: boolean }, baseDue: CivilDate | null, noticeDue: CivilDate): Deadline {
  const d = new Draft(ctx, 'respond-extended', 'GDPR Art. 12(3): "two further months"');
  const cal = d.calendar('gdpr.calendar');
  if (first.end === null || baseDue === null) {
    d.note('The clock is stopped, so the extended date cannot be computed yet.');
    return d.finish(null, { warning: 'The clock is stopped: no date until the requested information arrives.' });
  }
  const months = d.num('gdpr.extension.months');
  const reading = d.str('gdpr.extension.reading');
  d.note(`First month ends ${showDate(first.end)} (before any weekend or holiday move).`);
  const afterFirst = d.monthsAfter(first.end, months, ' (the end of the first month)');
  let fromReceipt = d.monthsAfter(first.start, months + 1, ' (receipt)');
  if (first.pausesApply) fromReceipt = applyPauses(d.trace, first.start, fromReceipt, pausesOf(ctx)).end ?? fromReceipt;
  let end: CivilDate;
  if (reading === 'after-first-month') end = afterFirst;
  else if (reading === 'from-receipt') end = fromReceipt;
  else end = minDate(afterFirst, fromReceipt);
  d.note(`"Two further months" can be read either way; rule gdpr.extension.reading = ${reading}: ${showDate(end)}.`);
  let due = rollToWorkingDay(cal, end, d.trace);
  if (due < baseDue) {
    due = baseDue;
    d.note(`An extended date never precedes the first deadline: ${showDate(due)}.`);
  }
  return d.finish(due, { warning: lateNotice('extension notice', noticeDate, noticeDue) });
}

function regulatorProgress(ctx: Ctx): Deadline {
  const d = new Draft(ctx, 'regulator-progress', 'GDPR Art. 78(2) (Art. 77(2))');
  const cal = d.calendar('gdpr.calendar');
  d.note('Complaint lodged with a supervisory authority: it must inform the complainant of progress or outcome.');
  d.note(COUNTING);
  const end = d.monthsAfter(ctx.received, d.num('gdpr.regulator.months'));
  const due = rollToWorkingDay(cal, end, d.trace);
  d.note('If the authority has not informed the complainant by then, a judicial remedy against it is available (Art. 78(2)).');
  return d.finish(due);
}
