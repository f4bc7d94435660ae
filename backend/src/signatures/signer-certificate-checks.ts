import type { ParsedCertificate } from '../common/pki/parsed-certificate.js';
import { type CertificatePurpose, PURPOSE_PROFILES } from '../certificates/certificate-purpose.js';
import { buildChain, type CertificateChain } from './cms/certificate-chain.js';
import type { TrustAnchors } from './cms/trust-anchors.js';
import { type EdsCheck, EdsErrorCode, EdsRefusal } from './eds-error-code.js';

export interface PassedCheck {
  check: EdsCheck;
  outcome: 'PASSED';
  detail: string;
}

export interface SignerCertificateInput {
  signer: ParsedCertificate;
  /** Certificates the signature carried beside the signer's: intermediates, perhaps. */
  carried: readonly ParsedCertificate[];
  trust: TrustAnchors;
  purpose: CertificatePurpose;
  now: Date;
  /** The time the signature says it was made (a CMS's signing-time); an XML signature names none. */
  signedAt?: { time: Date; clockSkewMs: number };
  cache: boolean;
}

/**
 * What every signature format asks of the signer's certificate once its signature holds: a chain
 * to a trust anchor, every link valid when signed and now, and the purpose's key usages. Throws an
 * EdsRefusal naming the first check that fails; reports each passed check through `pass`.
 */
export function checkSignerCertificate(
  input: SignerCertificateInput,
  pass: (check: EdsCheck, detail: string) => void,
): CertificateChain {
  const { signer } = input;
  const chain = buildChain(signer, input.carried, input.trust, { cache: input.cache });
  pass('CERTIFICATE_CHAIN', `chains to the trusted root ${chain.anchor.certificate.subject}`);

  if (input.signedAt) {
    const { time, clockSkewMs } = input.signedAt;
    if (time.getTime() > input.now.getTime() + clockSkewMs) {
      throw new EdsRefusal(
        EdsErrorCode.SIGNING_TIME_INVALID,
        'VALIDITY_AT_SIGNING_TIME',
        'The signing time is in the future.',
      );
    }
    checkValidity(chain.path, time, 'VALIDITY_AT_SIGNING_TIME', 'signing time');
    pass('VALIDITY_AT_SIGNING_TIME', `every certificate of the chain was valid at ${time.toISOString()}`);
  }
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
  return chain;
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
