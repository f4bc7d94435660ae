import { describe, expect, it } from '@jest/globals';
import { WIZARD_STEPS, normalizeCardPin, screenOf } from './registration';

describe('the wizard screen', () => {
  it('asks for the user ID and PIN while no registration is open', () => {
    expect(screenOf(undefined)).toBe('credentials');
  });

  it.each([
    ['AWAITING_TOKEN', 'token'],
    ['AWAITING_PASSWORD', 'password'],
    ['AWAITING_KEYS', 'keys'],
    ['ISSUING', 'issuing'],
    ['AWAITING_WRITE', 'write'],
    ['COMPLETED', 'done'],
    ['EXPIRED', 'ended'],
    ['CANCELLED', 'ended'],
  ] as const)('shows a registration that is %s at its step (%s)', (status, screen) => {
    expect(screenOf({ status })).toBe(screen);
  });

  it('goes through the steps in the order of the domain: credentials, token, password, keys, issuance, writing', () => {
    expect(WIZARD_STEPS).toEqual(['credentials', 'token', 'password', 'keys', 'issuing', 'write', 'done']);
  });
});

describe(normalizeCardPin.name, () => {
  it('sends the card PIN in upper case without spaces, as printed on the card', () => {
    expect(normalizeCardPin(' abcd efgh jkl ')).toBe('ABCDEFGHJKL');
  });
});
