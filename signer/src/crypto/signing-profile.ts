import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import pkcs11js from 'pkcs11js';
import * as pkijs from 'pkijs';
import type { TokenSession } from '../pkcs11/token-session.js';
import { bufferSource } from './buffer-source.js';

/**
 * Everything that depends on the signature algorithm, in one place: the CMS and PKCS#10 builders,
 * key generation and key matching take a profile and know no algorithm themselves. RSA-2048 with
 * SHA-256 is what the National Certification Authority issues for KAZTOKEN today; a GOST 34.10-2015
 * profile (the vendor's PKCS#11 mechanisms, OIDs 1.2.398.3.10.1.x and a GOST 34.11 digest) is one
 * more entry in `SIGNING_PROFILES`, chosen by `SIGNER_KEY_PROFILE`.
 */
export interface SigningProfile {
  id: string;
  /** The SubjectPublicKeyInfo algorithm of certificates whose keys this profile signs with. */
  publicKeyAlgorithmOid: string;
  digestAlgorithm(): pkijs.AlgorithmIdentifier;
  /** Size of the digest in bytes: a pre-computed (`digested`) message digest must have it. */
  digestLength: number;
  /** The document's digest for the message-digest attribute (no secret: computed off the token). */
  digest(data: Uint8Array): Buffer;
  signatureAlgorithm(): pkijs.AlgorithmIdentifier;
  /** A mechanism that hashes and signs in one token call. */
  signMechanism: number;
  /** The digest Node's crypto signs with for a key held in a file (for RSA, PKCS#1 v1.5 as C_Sign). */
  fileKeyDigest: string;
  /** The XMLDSig algorithm URIs of the same signature and digest (`SignatureMethod`, `DigestMethod`). */
  xml: { signatureMethod: string; digestMethod: string };
  keyType: number;
  keyGeneration: {
    mechanism: number;
    /** Algorithm-specific attributes; the caller adds token, privacy, extractability, id and label. */
    publicTemplate: pkcs11js.Template;
    privateTemplate: pkcs11js.Template;
  };
  /** The DER SubjectPublicKeyInfo of a public-key object on the token. */
  publicKeyInfo(session: TokenSession, publicKey: pkcs11js.Handle): Buffer;
  /** Whether a certificate's SubjectPublicKeyInfo holds the same public key as the token object. */
  samePublicKey(spki: Uint8Array, session: TokenSession, publicKey: pkcs11js.Handle): boolean;
}

const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsaEncryption: '1.2.840.113549.1.1.11',
  sha256: '2.16.840.1.101.3.4.2.1',
};

function rsaNumbers(spki: Uint8Array): { modulus: bigint; exponent: bigint } | undefined {
  const info = pkijs.PublicKeyInfo.fromBER(bufferSource(spki));
  if (info.algorithm.algorithmId !== OID.rsaEncryption) return undefined;
  const key = pkijs.RSAPublicKey.fromBER(bufferSource(info.subjectPublicKey.valueBlock.valueHexView));
  return { modulus: key.modulus.toBigInt(), exponent: key.publicExponent.toBigInt() };
}

const unsigned = (bytes: Buffer) => BigInt(`0x${bytes.toString('hex') || '0'}`);

export const RSA_2048_SHA256: SigningProfile = {
  id: 'RSA-2048/SHA-256',
  publicKeyAlgorithmOid: OID.rsaEncryption,
  digestAlgorithm: () =>
    new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() }),
  digestLength: 32,
  digest: (data) => createHash('sha256').update(data).digest(),
  signatureAlgorithm: () =>
    new pkijs.AlgorithmIdentifier({
      algorithmId: OID.sha256WithRsaEncryption,
      algorithmParams: new asn1js.Null(),
    }),
  signMechanism: pkcs11js.CKM_SHA256_RSA_PKCS,
  fileKeyDigest: 'sha256',
  xml: {
    signatureMethod: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    digestMethod: 'http://www.w3.org/2001/04/xmlenc#sha256',
  },
  keyType: pkcs11js.CKK_RSA,
  keyGeneration: {
    mechanism: pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN,
    publicTemplate: [
      { type: pkcs11js.CKA_MODULUS_BITS, value: 2048 },
      { type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([0x01, 0x00, 0x01]) },
      { type: pkcs11js.CKA_VERIFY, value: true },
      { type: pkcs11js.CKA_ENCRYPT, value: false },
    ],
    // A signing key only: it can neither decrypt nor unwrap other keys.
    privateTemplate: [
      { type: pkcs11js.CKA_SIGN, value: true },
      { type: pkcs11js.CKA_DECRYPT, value: false },
      { type: pkcs11js.CKA_UNWRAP, value: false },
    ],
  },
  publicKeyInfo(session, publicKey) {
    const values = session.readAttributes(publicKey, [pkcs11js.CKA_MODULUS, pkcs11js.CKA_PUBLIC_EXPONENT]);
    const rsaKey = new pkijs.RSAPublicKey({
      modulus: asn1js.Integer.fromBigInt(unsigned(values.get(pkcs11js.CKA_MODULUS) ?? Buffer.alloc(0))),
      publicExponent: asn1js.Integer.fromBigInt(
        unsigned(values.get(pkcs11js.CKA_PUBLIC_EXPONENT) ?? Buffer.alloc(0)),
      ),
    });
    const info = new pkijs.PublicKeyInfo({
      algorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: OID.rsaEncryption,
        algorithmParams: new asn1js.Null(),
      }),
      subjectPublicKey: new asn1js.BitString({ valueHex: rsaKey.toSchema().toBER() }),
    });
    return Buffer.from(info.toSchema().toBER());
  },
  samePublicKey(spki, session, publicKey) {
    const certified = rsaNumbers(spki);
    const onToken = rsaNumbers(this.publicKeyInfo(session, publicKey));
    return (
      !!certified &&
      !!onToken &&
      certified.modulus === onToken.modulus &&
      certified.exponent === onToken.exponent
    );
  },
};

export const SIGNING_PROFILES: Readonly<Record<string, SigningProfile>> = {
  [RSA_2048_SHA256.id]: RSA_2048_SHA256,
};

/** The profile that signs with the key of a certificate, from its public-key algorithm. */
export function profileForPublicKey(spki: Uint8Array): SigningProfile | undefined {
  const algorithm = pkijs.PublicKeyInfo.fromBER(bufferSource(spki)).algorithm.algorithmId;
  return Object.values(SIGNING_PROFILES).find((profile) => profile.publicKeyAlgorithmOid === algorithm);
}
