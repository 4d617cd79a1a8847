import { describe, expect, it } from 'vitest';
import { caseKindFor } from './ids';

describe('case kind', () => {
  it('a complaint among the request types makes the case a complaint', () => {
    expect(caseKindFor(['access', 'complaint'])).toBe('complaint');
  });
  it('an erasure request alone is a request', () => {
    expect(caseKindFor(['erasure'])).toBe('request');
  });
});
