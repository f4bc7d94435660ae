import { describe, expect, it } from '@jest/globals';
import { REISSUE_STEPS, reissueScreenOf, reissueStep } from './reissue';

describe('the reissue screen', () => {
  it('asks for the user ID, PIN and reason while no reissue is open', () => {
    expect(reissueScreenOf(undefined)).toBe('credentials');
  });

  it.each([
    ['AWAITING_TOKEN', 'token'],
    ['REVOKING', 'revoking'],
    ['AWAITING_FORMAT', 'format'],
    ['REGISTERING', 'registration'],
    ['COMPLETED', 'registration'],
    ['EXPIRED', 'ended'],
    ['CANCELLED', 'ended'],
  ] as const)('shows a reissue that is %s at %s', (status, screen) => {
    expect(reissueScreenOf({ status })).toBe(screen);
  });

  it('goes through the steps of domain §7: one token, revocation, formatting, then the registration', () => {
    expect(REISSUE_STEPS).toEqual(['credentials', 'token', 'revoking', 'format', 'register', 'done']);
  });
});

describe(reissueStep.name, () => {
  it('counts every step of the registration as one, until it is done', () => {
    expect(reissueStep('handover', 'credentials')).toBe('register');
    expect(reissueStep('registration', 'token')).toBe('register');
    expect(reissueStep('registration', 'issuing')).toBe('register');
    expect(reissueStep('registration', 'done')).toBe('done');
  });

  it('highlights nothing once the reissue or its registration has ended', () => {
    expect(reissueStep('ended', 'credentials')).toBeUndefined();
    expect(reissueStep('registration', 'ended')).toBeUndefined();
  });

  it('follows the reissue before the formatting', () => {
    expect(reissueStep('format', 'credentials')).toBe('format');
  });
});
