import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { generateSync, generateURI, ScureBase32Plugin, verifySync } from 'otplib';

/** OTP token: 6 digits, a new one every 60 seconds (TOTP, RFC 6238, HMAC-SHA-1 like the hardware). */
export const TOKEN_DIGITS = 6;
export const TOKEN_PERIOD_SECONDS = 60;
/** Codes one step before or after the server's clock are accepted (a token's clock drifts). */
export const TOKEN_DRIFT_STEPS = 1;
/** OTP card: 35 numbered cells, cell n holding HOTP (RFC 4226) of the card's secret at counter n. */
export const CARD_CELLS = 35;
/** Wrong codes in a row that block a device for its user, until a manager unblocks it. */
export const MAX_FAILED_CODES = 5;
/** An OTP card's PIN: 11 upper-case letters (I and O left out: they read as 1 and 0). */
export const CARD_PIN_LENGTH = 11;

const SECRET_BYTES = 20;
const base32 = new ScureBase32Plugin();
const PIN_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newDeviceSecret(): Buffer {
  return randomBytes(SECRET_BYTES);
}

export function toBase32(secret: Uint8Array): string {
  return base32.encode(secret).replace(/=+$/, '');
}

export function fromBase32(secret: string): Buffer {
  return Buffer.from(base32.decode(secret));
}

/** The code a token shows at a moment (seconds since the epoch). */
export function tokenCodeAt(secret: Uint8Array, epochSeconds: number): string {
  return generateSync({ secret, digits: TOKEN_DIGITS, period: TOKEN_PERIOD_SECONDS, epoch: epochSeconds });
}

/** The time step a token code belongs to, if it is valid within the drift window; compared in constant time. */
export function tokenCodeStep(secret: Uint8Array, code: string, epochSeconds: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = verifySync({
    secret,
    token: code,
    digits: TOKEN_DIGITS,
    period: TOKEN_PERIOD_SECONDS,
    epoch: epochSeconds,
    epochTolerance: TOKEN_DRIFT_STEPS * TOKEN_PERIOD_SECONDS,
  });
  return result.valid ? Math.floor(epochSeconds / TOKEN_PERIOD_SECONDS) + result.delta : undefined;
}

export function cardCell(secret: Uint8Array, cell: number): string {
  if (!Number.isInteger(cell) || cell < 1 || cell > CARD_CELLS) throw new RangeError(`no cell ${cell}`);
  return generateSync({ secret, strategy: 'hotp', counter: cell, digits: TOKEN_DIGITS });
}

/** Every cell of a card, cell 1 first: printed once, when the card is issued. */
export function cardCells(secret: Uint8Array): string[] {
  return Array.from({ length: CARD_CELLS }, (_, index) => cardCell(secret, index + 1));
}

export function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** The cells (other than `asked`) whose code this is: a code read from the wrong cell. */
export function otherCellWithCode(secret: Uint8Array, code: string, asked: number): number | undefined {
  for (let cell = 1; cell <= CARD_CELLS; cell++) {
    if (cell !== asked && sameCode(cardCell(secret, cell), code)) return cell;
  }
  return undefined;
}

/**
 * The next cell to ask for: uniformly random, never the one asked last. Given as an offset the
 * database applies to the last cell atomically: next = 1 + ((last - 1 + offset) mod 35), offset 1..34.
 */
export function nextCellOffset(): number {
  return 1 + randomInt(CARD_CELLS - 1);
}

export function firstCell(): number {
  return 1 + randomInt(CARD_CELLS);
}

export function newCardPin(): string {
  let pin = '';
  for (let i = 0; i < CARD_PIN_LENGTH; i++) pin += PIN_LETTERS[randomInt(PIN_LETTERS.length)];
  return pin;
}

/** A serial number or card id: prefix and 10 digits (QT… tokens, QC… cards). */
export function newSerial(kind: 'TOKEN' | 'CARD'): string {
  return `${kind === 'TOKEN' ? 'QT' : 'QC'}${String(randomInt(1e9)).padStart(9, '0')}${randomInt(10)}`;
}

/** The provisioning URI of a token (any TOTP app or a programmable hardware token takes it). */
export function tokenProvisioningUri(serial: string, secret: Uint8Array, issuer = 'Qoltanba'): string {
  return generateURI({
    issuer,
    label: serial,
    secret: toBase32(secret),
    digits: TOKEN_DIGITS,
    period: TOKEN_PERIOD_SECONDS,
  });
}
