import { describe, expect, it } from '@jest/globals';
import { type AgentToken, EMPTY_TOKEN_NAME, chooseToken, connectedTokens, tokenName } from './tokens';

function aToken(overrides: Partial<AgentToken> = {}): AgentToken {
  return {
    slotId: '1a',
    label: 'KAZTOKEN',
    manufacturer: 'Kazakhtelecom',
    model: 'KAZTOKEN',
    serialNumber: '0A1B2C3D',
    initialized: true,
    userPinLocked: false,
    ...overrides,
  };
}

/** SoftHSM2 and some readers always show an empty slot that no one can register. */
const UNINITIALIZED_SLOT = aToken({ slotId: 'ff', label: '', serialNumber: '', initialized: false });

describe('the token to register', () => {
  it('counts only initialized tokens as connected', () => {
    expect(connectedTokens([UNINITIALIZED_SLOT, aToken()])).toEqual([aToken()]);
  });

  it('is the one connected token', () => {
    expect(chooseToken([aToken(), UNINITIALIZED_SLOT])).toEqual({ kind: 'one', token: aToken() });
  });

  it('is none while only the empty SoftHSM2 slot is there', () => {
    expect(chooseToken([UNINITIALIZED_SLOT])).toEqual({ kind: 'none' });
  });

  it('is refused while two tokens are connected: the other may belong to another organization', () => {
    expect(chooseToken([aToken(), aToken({ slotId: '2b', serialNumber: 'FFEE' })])).toEqual({
      kind: 'several',
      count: 2,
    });
  });
});

describe(tokenName.name, () => {
  it('shows an empty token as "KAZTOKEN - ?"', () => {
    expect(tokenName({ label: 'KAZTOKEN', empty: true })).toBe(EMPTY_TOKEN_NAME);
    expect(EMPTY_TOKEN_NAME).toBe('KAZTOKEN - ?');
  });

  it('shows a token without a label as "KAZTOKEN - ?" too', () => {
    expect(tokenName({ label: '  ', empty: false })).toBe('KAZTOKEN - ?');
  });

  it('shows a token that holds a profile by its label', () => {
    expect(tokenName({ label: 'Aigerim', empty: false })).toBe('Aigerim');
  });
});
