import { createHash, type KeyObject, verify } from 'node:crypto';

/**
 * A digest and signature algorithm pair the verifier accepts, by the OIDs a CMS names them with.
 * RSA with SHA-256 is what the National Certification Authority's RSA certificates sign with; a
 * GOST 34.10-2015 / 34.11 entry (through the national crypto library) would be one more here.
 */
export interface SignatureAlgorithm {
  name: string;
  digestOid: string;
  /** OIDs a SignerInfo may name: the combined one, or the bare key algorithm beside the digest. */
  signatureOids: readonly string[];
  digest(data: Uint8Array): Buffer;
  /** Synchronous: OpenSSL on the calling thread. */
  verify(data: Uint8Array, publicKey: KeyObject, signature: Uint8Array): boolean;
}

export const RSA_SHA256: SignatureAlgorithm = {
  name: 'RSASSA-PKCS1-v1_5 with SHA-256',
  digestOid: '2.16.840.1.101.3.4.2.1',
  signatureOids: ['1.2.840.113549.1.1.11', '1.2.840.113549.1.1.1'],
  digest: (data) => createHash('sha256').update(data).digest(),
  verify: (data, publicKey, signature) =>
    publicKey.asymmetricKeyType === 'rsa' && verify('sha256', data, publicKey, signature),
};

export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = [RSA_SHA256];

export function algorithmFor(digestOid: string, signatureOid: string): SignatureAlgorithm | undefined {
  return SIGNATURE_ALGORITHMS.find(
    (algorithm) => algorithm.digestOid === digestOid && algorithm.signatureOids.includes(signatureOid),
  );
}
