import { Injectable } from '@nestjs/common';
import { CertificatesService } from '../certificates/certificates.service.js';
import { CertificatesErrorCode } from '../certificates/certificates-error-code.js';
import type { UserCertificate } from '../certificates/user-certificate.entity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { EKU } from '../common/pki/kazakh-subject.js';
import {
  CertificateParseError,
  parseCertificate,
  type ParsedCertificate,
} from '../common/pki/parsed-certificate.js';
import { buildChain } from '../signatures/cms/certificate-chain.js';
import { EdsRefusal } from '../signatures/eds-error-code.js';
import { TrustStore } from '../signatures/trust-store.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

const FIELD = { field: 'nationalSigning' };

/**
 * A signing certificate of the National Certification Authority already on the client's token
 * (seed 004), registered with the bank by a token registration: it must be a signing certificate,
 * valid now, chain to a national root the bank trusts by configuration (never to the bank's own CA),
 * and name the user and the organization; it waits as pending until the registration completes.
 */
@Injectable()
export class NationalCertificates {
  constructor(
    private readonly trust: TrustStore,
    private readonly certificates: CertificatesService,
  ) {}

  async registerForRegistration(
    registrationId: string,
    userId: string,
    der: Buffer,
  ): Promise<UserCertificate> {
    const certificate = readable(der);
    if (!certificate.extendedKeyUsages.includes(EKU.signing) || certificate.isCertificateAuthority) {
      throw new FeatureError(
        CertificatesErrorCode.CERTIFICATE_NOT_ACCEPTED,
        'The certificate is not a signing certificate.',
        FIELD,
      );
    }
    const now = new Date();
    if (now < certificate.notBefore || now > certificate.notAfter) {
      throw new FeatureError(
        Code.NATIONAL_NOT_VALID,
        'The national certificate is expired or not yet valid.',
        FIELD,
      );
    }
    if (!(await this.chainsToNationalRoot(certificate))) {
      throw new FeatureError(
        Code.NATIONAL_UNTRUSTED,
        'The certificate does not chain to a National Certification Authority root the bank trusts.',
        FIELD,
      );
    }
    // The subject's IIN and BIN are checked against the user and organization there.
    return this.certificates.registerExternal(userId, der, { status: 'PENDING', registrationId });
  }

  private async chainsToNationalRoot(certificate: ParsedCertificate): Promise<boolean> {
    try {
      const chain = buildChain(certificate, [], await this.trust.current(), { cache: false });
      return chain.anchor.source === 'CONFIGURED';
    } catch (error) {
      if (error instanceof EdsRefusal) return false;
      throw error;
    }
  }
}

function readable(der: Buffer): ParsedCertificate {
  try {
    return parseCertificate(der);
  } catch (error) {
    if (!(error instanceof CertificateParseError)) throw error;
    throw new FeatureError(
      CertificatesErrorCode.CERTIFICATE_NOT_ACCEPTED,
      'The data is not an X.509 certificate.',
      FIELD,
    );
  }
}
