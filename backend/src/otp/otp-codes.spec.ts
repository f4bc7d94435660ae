import { describe, expect, it } from '@jest/globals';
import {
  CARD_CELLS,
  cardCell,
  cardCells,
  fromBase32,
  newCardPin,
  otherCellWithCode,
  tokenCodeAt,
  tokenCodeStep,
  tokenProvisioningUri,
  toBase32,
} from './otp-codes.js';

/** RFC 4226 appendix D: the HOTP values of the ASCII secret "12345678901234567890". */
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_HOTP = ['287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];

describe('OTP codes', () => {
  it('derives card cell n as HOTP at counter n (RFC 4226 test vectors)', () => {
    const cells = cardCells(RFC_SECRET);
    expect(cells).toHaveLength(CARD_CELLS);
    expect(cells.slice(0, 9)).toEqual(RFC_HOTP);
    expect(cardCell(RFC_SECRET, 5)).toBe('254676');
    expect(() => cardCell(RFC_SECRET, 36)).toThrow(RangeError);
  });

  it('names the cell a code was read from when it is not the one asked', () => {
    expect(otherCellWithCode(RFC_SECRET, '254676', 7)).toBe(5);
    expect(otherCellWithCode(RFC_SECRET, '254676', 5)).toBeUndefined();
  });

  it('accepts a token code one 60-second step early or late, never two', () => {
    const at = 1_800_000_030;
    const code = tokenCodeAt(RFC_SECRET, at);
    const step = Math.floor(at / 60);
    expect(tokenCodeStep(RFC_SECRET, code, at)).toBe(step);
    expect(tokenCodeStep(RFC_SECRET, code, at + 60)).toBe(step);
    expect(tokenCodeStep(RFC_SECRET, code, at - 60)).toBe(step);
    expect(tokenCodeStep(RFC_SECRET, code, at + 120)).toBeUndefined();
    expect(tokenCodeStep(RFC_SECRET, code, at - 120)).toBeUndefined();
    expect(tokenCodeStep(RFC_SECRET, 'abcdef', at)).toBeUndefined();
  });

  it('writes a provisioning URI with a 60-second period and a secret that reads back', () => {
    const uri = tokenProvisioningUri('QT0000000001', RFC_SECRET);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Qoltanba:QT0000000001\?/);
    expect(uri).toContain('period=60');
    const secret = new URL(uri).searchParams.get('secret')!;
    expect(fromBase32(secret)).toEqual(RFC_SECRET);
    expect(toBase32(RFC_SECRET)).toBe(secret);
  });

  it('makes card PINs of 11 upper-case letters without I or O', () => {
    for (let i = 0; i < 50; i++) expect(newCardPin()).toMatch(/^[A-HJ-NP-Z]{11}$/);
  });
});
