import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits: the digest a document's signatures
 * and OTP confirmations are bound to. Pure JavaScript (audited @noble/hashes) rather than
 * `node:crypto` or WebCrypto, so the same call runs synchronously in a Temporal workflow's sandbox,
 * in the API and in the browser.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
