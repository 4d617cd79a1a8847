// US federal and transatlantic frames: the Data Privacy Framework (and the Privacy Shield commitments before
// it) complaint ladder, CAN-SPAM e-mail opt-outs, and COPPA (no fixed period: no date is ever invented).
import type { RequestType } from '../../domain/ids';
import { type CivilDate, maxDate, showDate } from '../civil-date';
import { addWorkingDays } from '../calendar';
import { type Ctx, Draft, eventsOf } from '../context';
import { RIGHTS_TYPES, notApplicable, promptly } from '../common';
import type { Deadline } from '../types';

const CALENDAR_DAYS = 'a count in calendar days';

export function dpf(ctx: Ctx): Deadline[] {
  const out: Deadline[] = [];
  if (ctx.requestType === 'complaint') {
    const d = new Draft(ctx, 'respond', 'DPF Principles, Supplemental Principle 11(d)(i) (Privacy Shield, same rule)');
    d.note('Complaint made to the certified organisation.');
    const due = d.keep(d.daysAfter(ctx.received, d.num('dpf.complaint.days'), ' (receipt)'), null, CALENDAR_DAYS);
    d.note('If there is no reply or it is unsatisfactory, the individual may go to the independent recourse mechanism.');
    out.push(d.finish(due));
  } else if (ctx.requestType === 'regulator') {
    out.push(...panel(ctx, ctx.received, 'Complaint referred to the EU DPA panel (the case was received from the authority).'));
  } else if (RIGHTS_TYPES.includes(ctx.requestType)) {
    return [promptly(ctx, 'DPF Supplemental Principle 8 (Access)', 'The Principles ask for a response within a reasonable time; they set no number of days.')];
  } else {
    return [notApplicable(ctx, `The Data Privacy Framework sets no deadline for a ${ctx.requestType}.`)];
  }
  for (const e of eventsOf(ctx, 'panel-referral')) if (ctx.requestType !== 'regulator') out.push(...panel(ctx, maxDate(e.date, ctx.received), `Referred to the EU DPA panel on ${showDate(e.date)}.`));
  for (const e of eventsOf(ctx, 'commerce-referral')) out.push(stage(ctx, 'commerce-response', 'DPF: Department of Commerce (ITA) handling of DPA referrals', maxDate(e.date, ctx.received), 'dpf.commerce.days', `A DPA referred the complaint to the Department of Commerce on ${showDate(e.date)}; the ITA undertakes best efforts to resolve it and respond to the DPA.`));
  for (const e of eventsOf(ctx, 'arbitration-notice')) out.push(stage(ctx, 'arbitration-complete', 'DPF Annex I (binding arbitration)', maxDate(e.date, ctx.received), 'dpf.arbitration.days', `Notice of arbitration delivered ${showDate(e.date)}; the arbitration "should be completed" within the period.`));
  return out;
}

function stage(ctx: Ctx, kind: 'commerce-response' | 'arbitration-complete', basis: string, from: CivilDate, ruleId: string, line: string): Deadline {
  const d = new Draft(ctx, kind, basis);
  d.note(line);
  const due = d.keep(d.daysAfter(from, d.num(ruleId)), null, CALENDAR_DAYS);
  return d.finish(due, { warning: 'This period is not confirmed from a primary source [?].' });
}

function panel(ctx: Ctx, referral: CivilDate, line: string): Deadline[] {
  const a = new Draft(ctx, 'panel-advice', 'Rules of procedure of the informal panel of EU DPAs');
  a.note(line);
  const target = a.keep(a.daysAfter(referral, a.num('dpf.panel.advice.days'), ' (referral)'), null, CALENDAR_DAYS);
  a.note('The panel aims to advise by then, after both sides have had a chance to comment.');
  const advice = eventsOf(ctx, 'panel-advice').at(-1);
  const c = new Draft(ctx, 'panel-comply', 'DPF: comply with the DPA panel advice');
  let from = target;
  if (advice) { from = maxDate(advice.date, referral); c.note(`Panel advice given ${showDate(advice.date)}.`); }
  else c.note(`No advice recorded yet; counted from the panel's target date, ${showDate(target)}.`);
  const due = c.keep(c.daysAfter(from, c.num('dpf.panel.comply.days'), ' (advice)'), null, CALENDAR_DAYS);
  c.note('Otherwise the panel may refer the matter to the FTC or the Department of Commerce (delisting).');
  return [a.finish(target), c.finish(due)];
}

const MARKETING_OPT_OUTS: readonly RequestType[] = ['objection', 'withdraw-consent', 'sale-share-opt-out'];

export function canSpam(ctx: Ctx): Deadline[] {
  if (!MARKETING_OPT_OUTS.includes(ctx.requestType)) {
    return [notApplicable(ctx, `CAN-SPAM governs only opt-outs from commercial e-mail, not a ${ctx.requestType}.`)];
  }
  const d = new Draft(ctx, 'stop-sending', '15 U.S.C. §7704(a)(4)(A)');
  d.note('Treated as an opt-out from commercial e-mail (unsubscribe).');
  const cal = d.calendar('can-spam.business-day-calendar');
  const due = addWorkingDays(cal, ctx.received, d.num('can-spam.stop.business-days'), d.trace);
  d.note('No commercial e-mail within the scope of the request may be sent after this day, and the address may not be sold or transferred.');
  return [d.finish(due)];
}

const COPPA_TYPES: readonly RequestType[] = ['child-data-deletion', 'erasure', 'access', 'objection', 'withdraw-consent', 'restriction', 'rectification'];

export function coppa(ctx: Ctx): Deadline[] {
  if (!COPPA_TYPES.includes(ctx.requestType)) return [notApplicable(ctx, `COPPA sets no deadline for a ${ctx.requestType}.`)];
  return [promptly(ctx, '16 CFR §312.6(a)', 'COPPA lets a parent review, refuse further use of, or direct deletion of a child\'s data "at any time", after checking the parent\'s identity; it sets no number of days.')];
}
