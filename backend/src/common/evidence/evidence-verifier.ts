import type { SignatureMethod } from '@qoltanba/workflows/domain';
import type { ClientIdentity } from '../../access/identity.js';

export interface EvidenceRequest {
  identity: ClientIdentity;
  documentId: string;
  revision: number;
  /** The canonical content the signer saw, and its SHA-256: what the evidence must be about. */
  content: string;
  contentHash: string;
  evidence: { kind: string } & Record<string, unknown>;
}

export interface VerifiedEvidence {
  method: SignatureMethod;
  /** What is kept as proof (a CMS and its verification report, an OTP challenge id): never a secret. */
  payload: Record<string, unknown>;
}

/**
 * One way of proving a signature. The EDS (CMS over the content, Standard channel) and OTP (a
 * challenge bound to the content hash, Light/Mobile) verifiers plug in here; the workflow only
 * ever sees the stored evidence's id.
 */
export abstract class EvidenceVerifier {
  abstract readonly kind: string;
  abstract verify(request: EvidenceRequest): Promise<VerifiedEvidence>;
}

/** Injection token for the list of verifiers the running configuration offers. */
export const EVIDENCE_VERIFIERS = Symbol('EVIDENCE_VERIFIERS');
