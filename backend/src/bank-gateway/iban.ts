/**
 * Just enough of the Kazakh IBAN (ИИК) for the bank side: its shape, its ISO 13616 mod-97 check,
 * and the 3-character bank code at positions 5–7 that tells this bank's accounts from others'.
 */
const KZ_IBAN = /^KZ[0-9]{2}[0-9A-Z]{3}[0-9A-Z]{13}$/;

export function isValidKzIban(value: string): boolean {
  return KZ_IBAN.test(value) && mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

/** `KZ86125KZT5004100100` → `125`. */
export function ibanBankCode(iban: string): string {
  return iban.slice(4, 7);
}

/** A valid Kazakh IBAN for a bank code and a 13-character account part (tests, demo data). */
export function kzIban(bankCode: string, accountPart: string): string {
  const bban = `${bankCode}${accountPart}`;
  const check = 98 - mod97(`${bban}KZ00`);
  return `KZ${String(check).padStart(2, '0')}${bban}`;
}

/** Letters count as 10..35; the remainder is taken digit by digit so no big numbers are needed. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = Number.parseInt(char, 36);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}
