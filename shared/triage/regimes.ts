// Suggested regimes from jurisdiction and request type (the DPO confirms on the case).
import type { Jurisdiction, Regime, RequestType } from '../domain/ids';

export interface RegimeFlags {
  lgpd?: boolean; dpf?: boolean; coppa?: boolean; 'can-spam'?: boolean; 'us-state'?: boolean; gdpr?: boolean; fadp?: boolean; ccpa?: boolean;
}

export function suggestRegimes(j: Jurisdiction, type: RequestType, flags: RegimeFlags, marketingOptOut: boolean): Regime[] {
  const out: Regime[] = [];
  const add = (r: Regime) => { if (!out.includes(r)) out.push(r); };
  if (type === 'not-privacy') return out;
  switch (j) {
    case 'eu': add('gdpr'); break;
    case 'uk': add('uk-gdpr'); break;
    case 'ch': add('ch-fadp'); break;
    case 'us-ca':
      if (type === 'shine-the-light') add('ca-shine-the-light');
      else if (type === 'child-data-deletion') { add('coppa'); add('ccpa'); }
      else if (type === 'objection' && marketingOptOut) { add('can-spam'); add('ccpa'); }
      else add('ccpa');
      break;
    case 'us-other':
      if (type === 'child-data-deletion') add('coppa');
      else if (type === 'objection' && marketingOptOut) add('can-spam');
      else add('us-state');
      break;
    case 'other':
      if (flags.lgpd) add('lgpd');
      else if (flags.gdpr) add('gdpr');
      break;
  }
  if (flags.dpf && (j === 'eu' || j === 'uk' || j === 'ch' || type === 'regulator')) add('dpf');
  if (flags.coppa && type === 'child-data-deletion') add('coppa');
  return out;
}
