import { timingSafeEqual } from 'node:crypto';
import {
  CertificateParseError,
  parseCertificate,
  type ParsedCertificate,
} from '../../common/pki/parsed-certificate.js';
import { type CertificatePurpose, PURPOSE_PROFILES } from '../../certificates/certificate-purpose.js';
import { type EdsCheck, EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import { buildChain, type CertificateChain } from './certificate-chain.js';
import { parseDetachedCms } from './detached-cms.js';
import { algorithmFor, type SignatureAlgorithm } from './signature-algorithms.js';
import type { TrustAnchors } from './trust-anchors.js';

export interface CmsVerificationInput {
  /** DER ContentInfo. */
  cms: Uint8Array;
  /** The detached content the signature must be over: a document's canonical text, a log-in nonce. */
  content: Uint8Array;
  purpose: CertificatePurpose;
  trust: TrustAnchors;
  /** The verifier's time. */
  now: Date;
  /** How far ahead of `now` a signing-time may be. */
  clockSkewMs: number;
  /** Off: read the CMS in full, parse the certificate and verify the chain, as for a first CMS (benchmarks). */
  cache?: boolean;
}

export interface PassedCheck {
  check: EdsCheck;
  outcome: 'PASSED';
  detail: string;
}

export interface VerifiedCms {
  /** The verifier's time the checks were made at. */
  verifiedAt: Date;
  signer: ParsedCertificate;
  chain: CertificateChain;
  signingTime: Date;
  /** Hex of the message digest, equal to the content's. */
  messageDigest: string;
  algorithm: SignatureAlgorithm;
  checks: PassedCheck[];
}

/**
 * Everything about a CMS signature that needs no database: structure, message digest against the
 * content, the signature over the signed attributes, the chain to a trust anchor, validity at the
 * signing time and now, and the purpose's key usages. Synchronous, so it costs one core and nothing
 * else; throws an EdsRefusal naming the first check that fails.
 */
export function verifyCms(input: CmsVerificationInput): VerifiedCms {
  const checks: PassedCheck[] = [];
  const pass = (check: EdsCheck, detail: string) => checks.push({ check, outcome: 'PASSED', detail });
  const cache = input.cache !== false;

  const cms = parseDetachedCms(input.cms, { cache });
  const algorithm = algorithmFor(cms.digestAlgorithm, cms.signatureAlgorithm);
  if (!algorithm) {
    throw new EdsRefusal(
      EdsErrorCode.UNSUPPORTED_ALGORITHM,
      'CMS_STRUCTURE',
      `The algorithms ${cms.digestAlgorithm} / ${cms.signatureAlgorithm} are not accepted.`,
    );
  }
  const signer = readCertificate(cms.signerCertificate, cache);
  pass('CMS_STRUCTURE', `detached SignedData of id-data, one signer, ${algorithm.name}`);

  const digest = algorithm.digest(input.content);
  if (digest.length !== cms.messageDigest.length || !timingSafeEqual(digest, cms.messageDigest)) {
    throw new EdsRefusal(
      EdsErrorCode.DIGEST_MISMATCH,
      'MESSAGE_DIGEST',
      'The signature is over other content than this (for a document: not its current version).',
    );
  }
  pass('MESSAGE_DIGEST', `message-digest equals the content's digest ${digest.toString('hex')}`);

  if (!algorithm.verify(cms.signedAttributes, signer.publicKey, cms.signature)) {
    throw new EdsRefusal(
      EdsErrorCode.SIGNATURE_INVALID,
      'SIGNATURE',
      "The signature does not verify with the signer certificate's key.",
    );
  }
  pass('SIGNATURE', "the signed attributes verify with the signer certificate's public key");

  const carried = cms.otherCertificates.flatMap((der) => {
    try {
      return [readCertificate(der, cache)];
    } catch {
      return [];
    }
  });
  const chain = buildChain(signer, carried, input.trust, { cache });
  pass('CERTIFICATE_CHAIN', `chains to the trusted root ${chain.anchor.certificate.subject}`);

  const signingTime = cms.signingTime;
  if (signingTime.getTime() > input.now.getTime() + input.clockSkewMs) {
    throw new EdsRefusal(
      EdsErrorCode.SIGNING_TIME_INVALID,
      'VALIDITY_AT_SIGNING_TIME',
      'The signing time is in the future.',
    );
  }
  checkValidity(chain.path, signingTime, 'VALIDITY_AT_SIGNING_TIME', 'signing time');
  pass(
    'VALIDITY_AT_SIGNING_TIME',
    `every certificate of the chain was valid at ${signingTime.toISOString()}`,
  );
  checkValidity(chain.path, input.now, 'VALIDITY_NOW', 'now');
  pass('VALIDITY_NOW', `every certificate of the chain is valid at ${input.now.toISOString()}`);

  const profile = PURPOSE_PROFILES[input.purpose];
  if (
    signer.isCertificateAuthority ||
    signer.keyUsage === null ||
    (signer.keyUsage & profile.keyUsage) !== profile.keyUsage ||
    !signer.extendedKeyUsages.includes(profile.extendedKeyUsage)
  ) {
    throw new EdsRefusal(
      EdsErrorCode.WRONG_KEY_USAGE,
      'KEY_USAGE',
      `The certificate is not for ${input.purpose === 'SIGNING' ? 'signing' : 'authentication'}.`,
    );
  }
  pass('KEY_USAGE', `key usages and extended key usage ${profile.extendedKeyUsage} of ${input.purpose}`);

  return {
    verifiedAt: input.now,
    signer,
    chain,
    signingTime,
    messageDigest: digest.toString('hex'),
    algorithm,
    checks,
  };
}

function readCertificate(der: Uint8Array, cache: boolean): ParsedCertificate {
  try {
    return parseCertificate(der, { cache });
  } catch (error) {
    if (!(error instanceof CertificateParseError)) throw error;
    throw new EdsRefusal(
      EdsErrorCode.CMS_MALFORMED,
      'CMS_STRUCTURE',
      'A certificate in the CMS cannot be read.',
    );
  }
}

function checkValidity(path: ParsedCertificate[], at: Date, check: EdsCheck, when: string): void {
  for (const [index, certificate] of path.entries()) {
    const whose = index === 0 ? "The signer's certificate" : `The CA certificate ${certificate.subject}`;
    const moment = `${when}, ${at.toISOString()}`;
    if (at < certificate.notBefore) {
      throw new EdsRefusal(
        EdsErrorCode.CERT_NOT_YET_VALID,
        check,
        `${whose} is valid only from ${certificate.notBefore.toISOString()} (${moment}).`,
      );
    }
    if (at > certificate.notAfter) {
      throw new EdsRefusal(
        EdsErrorCode.CERT_EXPIRED,
        check,
        `${whose} expired at ${certificate.notAfter.toISOString()} (${moment}).`,
      );
    }
  }
}
