import { describe, expect, it } from 'vitest';
import { findLikelyDuplicate, hasReplyPrefix, normaliseMessageId, normaliseSubject, threadKeys } from './threading';

describe('keys that tie a message to its case', () => {
  it('strips reply and forward prefixes in the supported languages', () => {
    expect(normaliseSubject('Re: AW: Fwd: Auskunft')).toBe('auskunft');
    expect(normaliseSubject('TR : Demande d\'accès')).toBe("demande d'accès");
    expect(normaliseSubject('SV: Begäran om rättelse')).toBe('begäran om rättelse');
    expect(normaliseSubject('Odp: RE[2]: Żądanie')).toBe('żądanie');
    expect(normaliseSubject('RV: R: Richiesta')).toBe('richiesta');
    expect(normaliseSubject('Antw: Doorst: Verzoek  om   inzage')).toBe('verzoek om inzage');
    expect(normaliseSubject('Regarding my data')).toBe('regarding my data');
    expect(hasReplyPrefix('Re: x')).toBe(true);
    expect(hasReplyPrefix('Reminder: x')).toBe(false);
  });

  it('normalises Message-IDs and collects every ancestor, nearest first', () => {
    expect(normaliseMessageId(' <ABC@Mail.Example> ')).toBe('abc@mail.example');
    const k = threadKeys({
      messageId: '<c@x>', inReplyTo: '<B@x>', references: ['<a@x>', '<b@x>'],
      subject: 'Re: [DPO-2026-0042] Access', text: 'Case No.: DPF-47408',
    });
    expect(k.messageId).toBe('c@x');
    expect(k.ancestors).toEqual(['b@x', 'a@x']);
    expect(k.caseRefs).toEqual(['DPO-2026-0042']);
    expect(k.externalRefs).toEqual(['DPF-47408']);
    expect(k.normalisedSubject).toBe('[dpo-2026-0042] access');
  });

  it('a second erasure request from the same requester while the first is open is a likely duplicate', () => {
    const open = [
      { ref: 'DPO-2026-0001', requesterEmail: 'ann@mail.example', requestType: 'access' as const, status: 'open' as const },
      { ref: 'DPO-2026-0002', requesterEmail: 'Ann@Mail.example', requestType: 'erasure' as const, status: 'waiting-requester' as const },
      { ref: 'DPO-2025-0090', requesterEmail: 'bob@mail.example', requestType: 'erasure' as const, status: 'closed' as const },
    ];
    expect(findLikelyDuplicate({ requesterEmail: 'ann@mail.example', requestType: 'erasure' }, open)?.ref).toBe('DPO-2026-0002');
    expect(findLikelyDuplicate({ requesterEmail: 'bob@mail.example', requestType: 'erasure' }, open)).toBeNull();
    expect(findLikelyDuplicate({ requesterEmail: 'ann@mail.example', requestType: 'objection' }, open)).toBeNull();
  });
});
