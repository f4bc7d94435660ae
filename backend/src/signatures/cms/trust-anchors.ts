import type { ParsedCertificate } from '../../common/pki/parsed-certificate.js';

/** Where a trust anchor comes from: the internal CA's root, or configuration (national CA roots). */
export type AnchorSource = 'INTERNAL_CA' | 'CONFIGURED';

export interface TrustAnchor {
  certificate: ParsedCertificate;
  source: AnchorSource;
}

let generation = 0;

/** One immutable view of the trusted roots and known intermediates; chains are cached per view. */
export class TrustAnchors {
  /** Distinguishes views, so a chain built under one is never reused under another. */
  readonly id = ++generation;
  private readonly byFingerprint: Map<string, TrustAnchor>;

  constructor(
    readonly anchors: readonly TrustAnchor[],
    readonly intermediates: readonly ParsedCertificate[] = [],
  ) {
    this.byFingerprint = new Map(anchors.map((anchor) => [anchor.certificate.fingerprint, anchor]));
  }

  anchorOf(certificate: ParsedCertificate): TrustAnchor | undefined {
    return this.byFingerprint.get(certificate.fingerprint);
  }
}
