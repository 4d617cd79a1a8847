// Response letters: templates, merge fields, language-aware formatting and missing-field checks.
export * from './types';
export { FIELDS, resolveField, type FieldDef } from './fields';
export { formatLetterDate, formatMoney, formatList, toCalendarDate, toIsoDay } from './format';
export { PLACEHOLDER, fieldsIn, type BlockSpec, type LetterTemplate, type TemplateText } from './template-spec';
export { TEMPLATES, findTemplate, listTemplates } from './templates';
export {
  renderLetter, renderLetterOrThrow, missingFields, editableBody, describeProblem, parseEditedBody, LetterProblemError,
  type LetterOverride,
} from './engine';
export { letterLanguage } from './language';
