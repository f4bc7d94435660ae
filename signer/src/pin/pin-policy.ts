/** Why a new PIN is refused; the prompt shows each reason in the user's language. */
export type PinPolicyReason = 'length' | 'characters' | 'sequence' | 'unchanged';

/** What a new KAZTOKEN comes with (domain §11): the registration replaces the user's at once. */
export const DEFAULT_USER_PIN = '12345678';
export const DEFAULT_SO_PIN = '87654321';

const MIN_LENGTH = 8;
/** Tokens accept longer PINs, but no one types more into a prompt; the token has the last word. */
const MAX_LENGTH = 32;

/**
 * The bank's rule for a token password (what clients are told at registration): at least 8
 * characters, Latin letters and digits only, and no runs such as `123`, `678` or `abc`.
 */
export function checkNewPin(newPin: string, currentPin?: string): PinPolicyReason | undefined {
  if (newPin.length < MIN_LENGTH || newPin.length > MAX_LENGTH) return 'length';
  if (!/^[A-Za-z0-9]+$/.test(newPin)) return 'characters';
  if (hasRun(newPin.toLowerCase())) return 'sequence';
  if (currentPin !== undefined && newPin === currentPin) return 'unchanged';
  return undefined;
}

/** Three characters in a row that go up or down by one within digits or within letters. */
function hasRun(text: string): boolean {
  const sameClass = (a: string, b: string) => /\d/.test(a) === /\d/.test(b);
  for (let i = 0; i + 2 < text.length; i++) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    const step = b - a;
    if (Math.abs(step) === 1 && c - b === step && sameClass(text[i]!, text[i + 2]!)) return true;
  }
  return false;
}
