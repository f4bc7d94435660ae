import { describe, expect, it } from '@jest/globals';
import { DEFAULT_STEP_THRESHOLDS, parseStepThresholds } from './stuck-thresholds.js';

describe(parseStepThresholds.name, () => {
  it('keeps the bank’s slow steps by default: an interbank payment’s execution, an application at work', () => {
    expect(parseStepThresholds('')).toEqual(DEFAULT_STEP_THRESHOLDS);
    expect(parseStepThresholds('')).toContainEqual({ type: 'payment', status: 'ACCEPTED', seconds: 21_600 });
  });

  it('replaces a default and adds steps, in seconds, minutes, hours or days', () => {
    const thresholds = parseStepThresholds(
      'payment:ACCEPTED=4h, token-registration:ISSUING=10m,tariff-run:RUNNING=1d',
    );
    expect(thresholds).toContainEqual({ type: 'payment', status: 'ACCEPTED', seconds: 14_400 });
    expect(thresholds).toContainEqual({ type: 'token-registration', status: 'ISSUING', seconds: 600 });
    expect(thresholds).toContainEqual({ type: 'tariff-run', status: 'RUNNING', seconds: 86_400 });
    expect(thresholds.filter((step) => step.type === 'payment')).toHaveLength(1);
  });

  it('names the entry it cannot read', () => {
    expect(() => parseStepThresholds('payment=4h')).toThrow(
      '"payment=4h" is not kind:STATUS=<number><s|m|h|d>',
    );
    expect(() => parseStepThresholds('lottery:WON=1h')).toThrow('no kind of process is called lottery');
    expect(() => parseStepThresholds('payment:SIGNED=0s')).toThrow('at least a second');
  });
});
