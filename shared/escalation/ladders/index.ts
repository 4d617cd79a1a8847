import type { Ladder, LadderId } from '../types';
import { CCPA_LADDER } from './ccpa';
import { CH_LADDER } from './ch';
import { DPF_LADDER } from './dpf';
import { GDPR_SOCIETY_LADDER } from './gdpr-society';
import { UK_LADDER } from './uk';
import { US_STATE_LADDER } from './us-state';

export const LADDERS: Readonly<Record<LadderId, Ladder>> = {
  dpf: DPF_LADDER,
  'gdpr-society': GDPR_SOCIETY_LADDER,
  uk: UK_LADDER,
  ccpa: CCPA_LADDER,
  'us-state': US_STATE_LADDER,
  ch: CH_LADDER,
};

export { CCPA_LADDER, CH_LADDER, DPF_LADDER, GDPR_SOCIETY_LADDER, UK_LADDER, US_STATE_LADDER };
