// The statutory deadline engine: pure functions shared by the host, the renderer and the `dpo` command.
export { computeDeadlines, summariseDeadline, DEFAULT_TIME_ZONE, defaultZone } from './engine';
export { computeCaseDeadlines } from './case';
export { markGoverning, RESPOND_LIKE } from './governing';
export { DeadlineInputError } from './errors';
export {
  ClockEvent, DeadlineInput, CaseDeadlineInput, OrganisationPromise, DEADLINE_KINDS,
  type Deadline, type DeadlineKind, type ParsedDeadlineInput,
} from './types';
export { RULES, findRule, type RuleEntry, type RuleUnit, type RuleValue, type Confidence } from './rules-data';
export { describeRules, validateOverrides, parseOverrideValue, showRuleValue, type RuleOverrides, type RuleDescription } from './rule-book';
export { makeCalendar, normaliseCalendarCode, zoneOfCalendar, isWorkingDay, type WorkCalendar, type HolidayType } from './calendar';
export { localDateOfReceipt, isTimeZone } from './receipt';
export { isCivilDate, showDate, type CivilDate } from './civil-date';
