import { createHash } from 'node:crypto';

/**
 * A stable document id for a client's Idempotency-Key (an RFC 4122 version-5-style UUID from a
 * SHA-1 of organization and key): the same key creates the same document, so a retried POST finds
 * the workflow it already started instead of making a second payment.
 */
export function documentIdFromIdempotencyKey(organizationId: string, key: string): string {
  const bytes = createHash('sha1').update(`${organizationId}\n${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
