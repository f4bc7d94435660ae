import { endianness } from 'node:os';
import pkcs11js from 'pkcs11js';
import {
  type CertificateDetails,
  type ParsedCertificate,
  parseCertificate,
} from '../crypto/certificate-details.js';
import { SIGNING_PROFILES, type SigningProfile } from '../crypto/signing-profile.js';
import { AgentError, AgentErrorCode } from '../protocol/agent-error-code.js';
import { isStaleKeyHandle, pkcs11ErrorName } from '../pkcs11/pkcs11-errors.js';
import type { TokenLibrary } from '../pkcs11/token-library.js';
import type { TokenSession } from '../pkcs11/token-session.js';
import type { TokenSummary } from '../pkcs11/token-summary.js';

/** A certificate object on a token, linked to its key pair by CKA_ID. */
export interface StoredCertificate {
  slotId: string;
  tokenLabel: string;
  /** CKA_ID in hexadecimal: the same on the certificate, its public key and its private key. */
  keyId: string;
  label: string;
  certificate: ParsedCertificate;
}

/** What `listCertificates` answers for each certificate. */
export interface CertificateListing extends CertificateDetails {
  slotId: string;
  tokenLabel: string;
  keyId: string;
  label: string;
  /** DER, base64: what the bank registers for the user. */
  certificate: string;
}

export interface KeyPairListing {
  slotId: string;
  tokenLabel: string;
  keyId: string;
  label: string;
  profile: string | null;
  /** DER SubjectPublicKeyInfo, base64. */
  publicKey: string | null;
  /** Serial numbers of the certificates on the token for this key. */
  certificates: string[];
}

export function toCertificateListing(stored: StoredCertificate): CertificateListing {
  return {
    slotId: stored.slotId,
    tokenLabel: stored.tokenLabel,
    keyId: stored.keyId,
    label: stored.label,
    ...stored.certificate.details,
    certificate: stored.certificate.der.toString('base64'),
  };
}

/** Tokens to look at: the one named, or every initialized one connected. */
export function targetTokens(tokens: TokenLibrary, slotId?: string): TokenSummary[] {
  if (slotId) return [tokens.token(slotId)];
  return tokens.listTokens().filter((token) => token.initialized);
}

/** X.509 certificates are public objects: they are read without a PIN. */
export async function readCertificates(tokens: TokenLibrary, slotId?: string): Promise<StoredCertificate[]> {
  const found: StoredCertificate[] = [];
  for (const token of targetTokens(tokens, slotId)) {
    const certificates = await tokens.withSession(token.slotId, {}, (session) =>
      certificatesIn(session, token),
    );
    found.push(...certificates);
  }
  return found;
}

export function certificatesIn(session: TokenSession, token: TokenSummary): StoredCertificate[] {
  const handles = session.findObjects([
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
    { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
  ]);
  return handles.flatMap((handle) => {
    const values = session.readAttributes(handle, [pkcs11js.CKA_VALUE, pkcs11js.CKA_ID, pkcs11js.CKA_LABEL]);
    try {
      return [
        {
          slotId: token.slotId,
          tokenLabel: token.label,
          keyId: (values.get(pkcs11js.CKA_ID) ?? Buffer.alloc(0)).toString('hex'),
          label: (values.get(pkcs11js.CKA_LABEL) ?? Buffer.alloc(0)).toString('utf8'),
          certificate: parseCertificate(values.get(pkcs11js.CKA_VALUE) ?? Buffer.alloc(0)),
        },
      ];
    } catch (error) {
      // Another program's malformed object must not hide the token's good certificates.
      if (error instanceof AgentError) return [];
      throw error;
    }
  });
}

/** Public-key objects are public too; their private halves stay hidden until login. */
export async function readKeyPairs(tokens: TokenLibrary, slotId?: string): Promise<KeyPairListing[]> {
  const found: KeyPairListing[] = [];
  for (const token of targetTokens(tokens, slotId)) {
    const listed = await tokens.withSession(token.slotId, {}, (session) => {
      const certificates = certificatesIn(session, token);
      return session
        .findObjects([{ type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PUBLIC_KEY }])
        .map((handle): KeyPairListing => {
          const values = session.readAttributes(handle, [pkcs11js.CKA_ID, pkcs11js.CKA_LABEL]);
          const keyId = (values.get(pkcs11js.CKA_ID) ?? Buffer.alloc(0)).toString('hex');
          const profile = profileOfKey(session, handle);
          return {
            slotId: token.slotId,
            tokenLabel: token.label,
            keyId,
            label: (values.get(pkcs11js.CKA_LABEL) ?? Buffer.alloc(0)).toString('utf8'),
            profile: profile?.id ?? null,
            publicKey: profile ? profile.publicKeyInfo(session, handle).toString('base64') : null,
            certificates: certificates
              .filter((stored) => stored.keyId === keyId)
              .map((stored) => stored.certificate.details.serialNumber),
          };
        });
    });
    found.push(...listed);
  }
  return found;
}

/** The private and public key objects with this CKA_ID; the private one is visible only after login. */
export function findKeyPair(
  session: TokenSession,
  keyId: string,
): { privateKey: pkcs11js.Handle; publicKey: pkcs11js.Handle | undefined } {
  const id = Buffer.from(keyId, 'hex');
  const [privateKey] = session.findObjects([
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
    { type: pkcs11js.CKA_ID, value: id },
  ]);
  if (!privateKey || keyId.length === 0) {
    throw new AgentError(
      AgentErrorCode.KEY_NOT_FOUND,
      `The token has no private key with id ${keyId || '(none)'}.`,
    );
  }
  const [publicKey] = session.findObjects([
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PUBLIC_KEY },
    { type: pkcs11js.CKA_ID, value: id },
  ]);
  return { privateKey, publicKey };
}

/**
 * Runs `work` with the handle of the private key `keyId`; if the token then answers that the handle
 * is no longer valid, finds the key again and runs `work` once more. A handle found a moment ago can
 * go stale while the key stays: SoftHSM2 drops the handles of private objects whenever the
 * application logs out of the token, from any of its sessions, or closes its last session on it
 * (the agent's own sessions take turns per token, but a program loading the agent may hold others).
 * A key that is really gone is not found the second time (KEY_NOT_FOUND). `work` must have nothing
 * under way on the session when it fails: the key is looked up on that session. The retry is logged:
 * whoever sees it can look for the other user of the token.
 */
export async function withPrivateKey<T>(
  session: TokenSession,
  keyId: string,
  work: (privateKey: pkcs11js.Handle) => Promise<T>,
): Promise<T> {
  try {
    return await work(findKeyPair(session, keyId).privateKey);
  } catch (error) {
    if (!isStaleKeyHandle(error)) throw error;
    session.log('key handle went stale, key found again', { keyId, refusal: pkcs11ErrorName(error) });
    return work(findKeyPair(session, keyId).privateKey);
  }
}

/** A CK_ULONG attribute, in the host's byte order (the library runs in this process). */
function ulong(value: Buffer | undefined): number {
  if (!value || value.length < 4) return -1;
  return endianness() === 'LE' ? value.readUInt32LE(0) : value.readUInt32BE(value.length - 4);
}

/** The profile that generated or can use a key object, from its CKA_KEY_TYPE. */
export function profileOfKey(session: TokenSession, key: pkcs11js.Handle): SigningProfile | undefined {
  const keyType = ulong(session.readAttribute(key, pkcs11js.CKA_KEY_TYPE));
  return Object.values(SIGNING_PROFILES).find((profile) => profile.keyType === keyType);
}
