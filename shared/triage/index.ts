// Triage of the privacy mailbox: pure building blocks used by the host's import and the UI.
export { classifyMessage, type ClassifyOptions } from './classify';
export { emptyCorrections, learnCorrection, nearestCorrections, featuresOf, type Correction, type LearnedCorrections, type LearnedExample } from './learning';
export { findLikelyDuplicate, hasReplyPrefix, normaliseMessageId, normaliseSubject, stripReplyPrefixes, threadKeys, type OpenCaseSummary, type ThreadKeys, type ThreadSource } from './threading';
export { findCaseRefs, findExternalRefs } from './refs';
export { suggestRegimes } from './regimes';
export { SUPPORTED_LANGUAGES } from './vocab/index';
export type { ClassifyInput, FromBody, MailAddress, Requester, Triage } from './types';
