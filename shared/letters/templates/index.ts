// The template library: one file per template id.
import type { LetterTemplate } from '../template-spec';
import { LETTER_LANGS, type TemplateInfo } from '../types';
import { acknowledgement } from './acknowledgement';
import { identityVerification } from './identity-verification';
import { clarificationRequest } from './clarification-request';
import { extensionNotice } from './extension-notice';
import { feeNotice } from './fee-notice';
import { accessResponse } from './access-response';
import { erasureDone } from './erasure-done';
import { erasurePartlyRefused } from './erasure-partly-refused';
import { rectificationDone } from './rectification-done';
import { restrictionApplied } from './restriction-applied';
import { portabilityDelivery } from './portability-delivery';
import { objectionConfirmed } from './objection-confirmed';
import { saleShareOptOutConfirmed } from './sale-share-opt-out-confirmed';
import { shineTheLightResponse } from './shine-the-light-response';
import { childDataDeleted } from './child-data-deleted';
import { refusal } from './refusal';
import { complaintResponse } from './complaint-response';
import { escalationLetter } from './escalation-letter';
import { closure } from './closure';

export const TEMPLATES: readonly LetterTemplate[] = [
  acknowledgement, identityVerification, clarificationRequest, extensionNotice, feeNotice, accessResponse,
  erasureDone, erasurePartlyRefused, rectificationDone, restrictionApplied, portabilityDelivery,
  objectionConfirmed, saleShareOptOutConfirmed, shineTheLightResponse, childDataDeleted, refusal,
  complaintResponse, escalationLetter, closure,
];

export function findTemplate(id: string): LetterTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** What `dpo letter templates --json` lists. */
export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map((t) => ({
    id: t.id,
    title: t.texts.en.title,
    purpose: t.purpose,
    languages: LETTER_LANGS.filter((l) => t.texts[l]),
    requestTypes: [...t.requestTypes],
  }));
}
