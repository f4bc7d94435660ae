import { timingSafeEqual } from 'node:crypto';
import {
  CertificateParseError,
  parseCertificate,
  type ParsedCertificate,
} from '../../common/pki/parsed-certificate.js';
import type { CertificatePurpose } from '../../certificates/certificate-purpose.js';
import { type EdsCheck, EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import { checkSignerCertificate, type PassedCheck } from '../signer-certificate-checks.js';
import type { CertificateChain } from './certificate-chain.js';
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
  const signingTime = cms.signingTime;
  const chain = checkSignerCertificate(
    {
      signer,
      carried,
      trust: input.trust,
      purpose: input.purpose,
      now: input.now,
      signedAt: { time: signingTime, clockSkewMs: input.clockSkewMs },
      cache,
    },
    pass,
  );

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
