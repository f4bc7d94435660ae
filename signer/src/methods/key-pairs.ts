import { randomBytes } from 'node:crypto';
import pkcs11js from 'pkcs11js';
import { certificateBytes, parseCertificate, toSignerCertificate } from '../crypto/certificate-details.js';
import { type CertificatePurpose, createCertificateRequest } from '../crypto/certificate-request.js';
import type { KazakhSubject } from '../crypto/kazakh-subject.js';
import { profileForPublicKey, type SigningProfile } from '../crypto/signing-profile.js';
import * as x509 from '../crypto/x509.js';
import type { Locale } from '../pin/pin-prompt-texts.js';
import { entryField, withPinEntry } from '../pin/with-pin-entry.js';
import type { SessionOptions } from '../pkcs11/token-library.js';
import type { TokenSession } from '../pkcs11/token-session.js';
import { AgentError, AgentErrorCode, isAgentError } from '../protocol/agent-error-code.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from './agent-services.js';
import { certificatesIn, findKeyPair, profileOfKey, withPrivateKey } from './token-objects.js';
import { bufferSource } from '../crypto/buffer-source.js';

/** The user PIN prompt for an operation on one token, refused at once when the PIN is locked. */
export function userPinRequest(services: AgentServices, slotId: string, locale: Locale) {
  const token = services.tokens.token(slotId);
  if (token.userPin.locked)
    throw new AgentError(AgentErrorCode.PIN_LOCKED, 'The PIN is locked on the token.');
  return { token: { slotId, label: token.label }, pinState: token.userPin, locale };
}

/**
 * A key pair on the token, in a session already logged in. The private key is created sensitive
 * and non-extractable, so no one (the agent included) can ever read it; only the public key comes
 * out, as a SPKI.
 */
export async function createKeyPairIn(session: TokenSession, profile: SigningProfile, label?: string) {
  // CKA_ID links the key pair and, later, its certificate; it is an identifier, not a secret.
  const id = randomBytes(20);
  const name = label ?? `Qoltanba ${id.toString('hex').slice(0, 8)}`;
  const common: pkcs11js.Template = [
    { type: pkcs11js.CKA_TOKEN, value: true },
    { type: pkcs11js.CKA_ID, value: id },
    { type: pkcs11js.CKA_LABEL, value: name },
    { type: pkcs11js.CKA_KEY_TYPE, value: profile.keyType },
  ];
  const pair = await session.generateKeyPair(
    profile.keyGeneration.mechanism,
    [
      ...common,
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PUBLIC_KEY },
      { type: pkcs11js.CKA_PRIVATE, value: false },
      ...profile.keyGeneration.publicTemplate,
    ],
    [
      ...common,
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      { type: pkcs11js.CKA_PRIVATE, value: true },
      { type: pkcs11js.CKA_SENSITIVE, value: true },
      { type: pkcs11js.CKA_EXTRACTABLE, value: false },
      ...profile.keyGeneration.privateTemplate,
    ],
  );
  return {
    keyId: id.toString('hex'),
    label: name,
    profile: profile.id,
    publicKey: profile.publicKeyInfo(session, pair.publicKey).toString('base64'),
  };
}

/** A PKCS#10 request for the key pair `keyId`, signed on the token in a session already logged in. */
export async function certificateRequestIn(
  session: TokenSession,
  args: { keyId: string; subject: KazakhSubject; purpose: CertificatePurpose },
) {
  const { publicKey } = findKeyPair(session, args.keyId);
  const profile = publicKey ? profileOfKey(session, publicKey) : undefined;
  if (!publicKey || !profile) {
    throw new AgentError(
      AgentErrorCode.KEY_NOT_FOUND,
      `The token has no usable public key with id ${args.keyId}.`,
    );
  }
  const publicKeyInfo = profile.publicKeyInfo(session, publicKey);
  const der = await withPrivateKey(session, args.keyId, (privateKey) =>
    createCertificateRequest(
      { subject: args.subject, purpose: args.purpose, publicKeyInfo, profile },
      (toBeSigned) => session.sign(profile.signMechanism, privateKey, toBeSigned),
    ),
  );
  return {
    keyId: args.keyId,
    certificateRequest: der.toString('base64'),
    pem: x509.PemConverter.encode(bufferSource(der), 'CERTIFICATE REQUEST'),
  };
}

/** Generates a key pair on the token (see `createKeyPairIn`) after the user PIN prompt. */
export async function generateKeyPair(
  services: AgentServices,
  args: { slotId: string; label?: string; locale: Locale },
  context: RequestContext,
) {
  const { tokens, prompts, keyProfile: profile } = services;
  const request = userPinRequest(services, args.slotId, args.locale);
  return withPinEntry(
    prompts,
    { ...request, operation: { kind: 'generateKeyPair' } },
    context,
    (entry, accepted) =>
      tokens.withSession(
        args.slotId,
        { write: true, login: { userType: 'user', pin: entryField(entry, 'pin'), onLoggedIn: accepted } },
        async (session) => ({
          slotId: args.slotId,
          ...(await createKeyPairIn(session, profile, args.label)),
        }),
      ),
  );
}

/** A PKCS#10 request for the key pair `keyId`, signed on the token, for the CA to certify. */
export async function createTokenCertificateRequest(
  services: AgentServices,
  args: {
    slotId: string;
    keyId: string;
    subject: KazakhSubject;
    purpose: CertificatePurpose;
    locale: Locale;
  },
  context: RequestContext,
) {
  const { tokens, prompts } = services;
  const request = userPinRequest(services, args.slotId, args.locale);
  return withPinEntry(
    prompts,
    { ...request, operation: { kind: 'createCertificateRequest' } },
    context,
    (entry, accepted) =>
      tokens.withSession(
        args.slotId,
        { login: { userType: 'user', pin: entryField(entry, 'pin'), onLoggedIn: accepted } },
        (session) => certificateRequestIn(session, args),
      ),
  );
}

/**
 * Stores an issued certificate on the token beside its key pair (same CKA_ID). The certificate is
 * public, so most tokens take it without a PIN; one that insists (CKR_USER_NOT_LOGGED_IN) gets it
 * after the PIN prompt. A certificate for a key the token does not hold is refused.
 */
export async function writeCertificate(
  services: AgentServices,
  args: { slotId: string; certificate: string; label?: string; locale: Locale },
  context: RequestContext,
) {
  const { tokens, prompts } = services;
  const parsed = parseCertificate(certificateBytes(args.certificate));
  const profile = profileForPublicKey(parsed.publicKeyInfo);
  if (!profile) {
    throw new AgentError(
      AgentErrorCode.UNSUPPORTED_ALGORITHM,
      "The certificate's key algorithm is not supported.",
    );
  }
  const pkijsCertificate = toSignerCertificate(parsed);
  const token = tokens.token(args.slotId);
  const write = (login?: SessionOptions['login']) =>
    tokens.withSession(args.slotId, { write: true, login }, (session) => {
      if (certificatesIn(session, token).some((stored) => stored.certificate.der.equals(parsed.der))) {
        throw new AgentError(
          AgentErrorCode.CERTIFICATE_ALREADY_PRESENT,
          'The token holds this certificate already.',
        );
      }
      const publicKey = session
        .findObjects([
          { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PUBLIC_KEY },
          { type: pkcs11js.CKA_KEY_TYPE, value: profile.keyType },
        ])
        .find((handle) => profile.samePublicKey(parsed.publicKeyInfo, session, handle));
      if (!publicKey) {
        throw new AgentError(
          AgentErrorCode.CERTIFICATE_KEY_MISMATCH,
          "The certificate's public key belongs to no key pair on this token.",
        );
      }
      const id = session.readAttribute(publicKey, pkcs11js.CKA_ID);
      const label = args.label ?? parsed.x509.subjectName.getField('CN')[0] ?? 'Certificate';
      session.createObject([
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
        { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_PRIVATE, value: false },
        { type: pkcs11js.CKA_ID, value: id },
        { type: pkcs11js.CKA_LABEL, value: label },
        { type: pkcs11js.CKA_SUBJECT, value: Buffer.from(pkijsCertificate.subject.toSchema().toBER()) },
        { type: pkcs11js.CKA_ISSUER, value: Buffer.from(pkijsCertificate.issuer.toSchema().toBER()) },
        { type: pkcs11js.CKA_SERIAL_NUMBER, value: Buffer.from(pkijsCertificate.serialNumber.toBER()) },
        { type: pkcs11js.CKA_VALUE, value: parsed.der },
      ]);
      return { slotId: args.slotId, keyId: id.toString('hex'), label, ...parsed.details };
    });
  try {
    return await write();
  } catch (error) {
    if (
      !isAgentError(error, AgentErrorCode.TOKEN_ERROR) ||
      error.details?.pkcs11 !== 'CKR_USER_NOT_LOGGED_IN'
    ) {
      throw error;
    }
  }
  const request = userPinRequest(services, args.slotId, args.locale);
  return withPinEntry(
    prompts,
    { ...request, operation: { kind: 'writeCertificate' } },
    context,
    (entry, accepted) => write({ userType: 'user', pin: entryField(entry, 'pin'), onLoggedIn: accepted }),
  );
}
