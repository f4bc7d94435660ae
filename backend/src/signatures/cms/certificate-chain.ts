import type { ParsedCertificate } from '../../common/pki/parsed-certificate.js';
import { EdsErrorCode, EdsRefusal } from '../eds-error-code.js';
import type { TrustAnchor, TrustAnchors } from './trust-anchors.js';

/** The signer's certificate, any intermediate CAs, and the trusted root it ends at. */
export interface CertificateChain {
  /** Signer first, trust anchor last. */
  path: ParsedCertificate[];
  anchor: TrustAnchor;
}

/** Root, an intermediate or two, the signer: national hierarchies are shallow. */
const MAX_DEPTH = 5;
const CACHE_LIMIT = 1024;
/** Chains found, per trust view and signer certificate: only signatures over fixed bytes decide them. */
const chains = new Map<string, CertificateChain>();

/**
 * Builds a path from the signer's certificate to a trust anchor: each link's issuer named by the
 * certificate (names and key identifiers, as OpenSSL matches them), a CA, and its key verifying the
 * certificate's signature. Intermediates come from the trust store or the CMS; only anchors end a
 * path. Time and revocation are checked by the caller, on every verification.
 */
export function buildChain(
  signer: ParsedCertificate,
  carried: readonly ParsedCertificate[],
  trust: TrustAnchors,
  options: { cache?: boolean } = {},
): CertificateChain {
  const key = `${trust.id}:${signer.fingerprint}`;
  const known = options.cache === false ? undefined : chains.get(key);
  if (known) return known;
  const candidates = [
    ...trust.anchors.map((anchor) => anchor.certificate),
    ...trust.intermediates,
    ...carried,
  ];
  const chain = extend([signer], candidates, trust);
  if (!chain) {
    throw new EdsRefusal(
      EdsErrorCode.UNTRUSTED_ROOT,
      'CERTIFICATE_CHAIN',
      "The signer's certificate does not chain to a trusted root.",
    );
  }
  if (options.cache !== false) {
    if (chains.size >= CACHE_LIMIT) chains.delete(chains.keys().next().value!);
    chains.set(key, chain);
  }
  return chain;
}

function extend(
  path: ParsedCertificate[],
  candidates: readonly ParsedCertificate[],
  trust: TrustAnchors,
): CertificateChain | undefined {
  const current = path[path.length - 1]!;
  const anchor = path.length > 1 ? trust.anchorOf(current) : undefined;
  if (anchor) return { path, anchor };
  if (path.length > MAX_DEPTH) return undefined;
  for (const candidate of candidates) {
    if (!candidate.isCertificateAuthority) continue;
    if (path.some((link) => link.fingerprint === candidate.fingerprint)) continue;
    if (!current.node.checkIssued(candidate.node)) continue;
    if (!current.node.verify(candidate.publicKey)) continue;
    const found = extend([...path, candidate], candidates, trust);
    if (found) return found;
  }
  return undefined;
}
