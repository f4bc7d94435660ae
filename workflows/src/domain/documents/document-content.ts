import { canonicalJson } from '../canonical/canonical-json.js';
import { sha256Hex } from '../canonical/sha256-hex.js';
import type { TengePaymentOrder } from '../payment/tenge-payment-order.js';

export interface DocumentContentInput {
  documentId: string;
  organizationId: string;
  revision: number;
  content: TengePaymentOrder;
}

/**
 * The exact text a signer signs: the document's identity, revision and content as canonical JSON.
 * The revision is part of it, so a signature never fits a later edit, even one that restores the
 * same amounts.
 */
export function documentContent(input: DocumentContentInput): string {
  return canonicalJson({
    type: 'TENGE_PAYMENT',
    documentId: input.documentId,
    organizationId: input.organizationId,
    revision: input.revision,
    content: { ...input.content },
  });
}

/** SHA-256 (hex) of the canonical content: what every signature and approval is bound to. */
export function documentContentHash(input: DocumentContentInput): string {
  return sha256Hex(documentContent(input));
}
