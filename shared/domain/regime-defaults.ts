import type { Jurisdiction, Regime } from './ids';

/** Where a requester under a regime usually is, when nothing else says so. */
export const JURISDICTION_OF_REGIME: Record<Regime, Jurisdiction> = {
  gdpr: 'eu',
  'uk-gdpr': 'uk',
  'ch-fadp': 'ch',
  ccpa: 'us-ca',
  'ca-shine-the-light': 'us-ca',
  'us-state': 'us-other',
  lgpd: 'other',
  dpf: 'eu',
  coppa: 'us-other',
  'can-spam': 'us-other',
};
