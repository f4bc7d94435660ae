import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  parseCertificate,
  pemCertificates,
  type ParsedCertificate,
} from '../common/pki/parsed-certificate.js';
import { CertificateAuthority } from '../certificates/certificate-authority.js';
import { AppConfig } from '../config/app-config.js';
import { type TrustAnchor, TrustAnchors } from './cms/trust-anchors.js';

/**
 * The roots an EDS may chain to: the internal CA's own, plus national CA roots and their
 * intermediates from configuration (EDS_TRUSTED_ROOTS_FILE / _PEM, EDS_INTERMEDIATES_FILE). A bad
 * configured certificate stops start-up; the internal roots are read from the CA on first use.
 */
@Injectable()
export class TrustStore implements OnModuleInit {
  private configuration?: { anchors: TrustAnchor[]; intermediates: ParsedCertificate[] };
  private view?: Promise<TrustAnchors>;

  constructor(
    private readonly config: AppConfig,
    private readonly ca: CertificateAuthority,
  ) {}

  onModuleInit(): void {
    this.configured();
  }

  /** Read once, at start-up where the host calls onModuleInit, else at first use (a worker's context). */
  private configured(): { anchors: TrustAnchor[]; intermediates: ParsedCertificate[] } {
    const { trustedRootsPem, intermediatesPem } = this.config.pki.eds;
    this.configuration ??= {
      anchors: caCertificates(trustedRootsPem, 'EDS_TRUSTED_ROOTS_FILE/_PEM').map((certificate) => ({
        certificate,
        source: 'CONFIGURED' as const,
      })),
      intermediates: caCertificates(intermediatesPem, 'EDS_INTERMEDIATES_FILE'),
    };
    return this.configuration;
  }

  current(): Promise<TrustAnchors> {
    this.view ??= this.load().catch((error: unknown) => {
      this.view = undefined;
      throw error;
    });
    return this.view;
  }

  private async load(): Promise<TrustAnchors> {
    const internal = (await this.ca.roots()).map((der) => ({
      certificate: parseCertificate(der),
      source: 'INTERNAL_CA' as const,
    }));
    const { anchors, intermediates } = this.configured();
    return new TrustAnchors([...internal, ...anchors], intermediates);
  }
}

function caCertificates(pems: string[], variable: string): ParsedCertificate[] {
  return pems.flatMap(pemCertificates).map((der) => {
    let certificate: ParsedCertificate;
    try {
      certificate = parseCertificate(der);
    } catch {
      throw new Error(`${variable}: a certificate cannot be read.`);
    }
    if (!certificate.isCertificateAuthority) {
      throw new Error(`${variable}: ${certificate.subject} is not a CA certificate.`);
    }
    return certificate;
  });
}
