import pkcs11js from 'pkcs11js';
import type { CertificatePurpose } from '../crypto/certificate-request.js';
import type { KazakhSubject } from '../crypto/kazakh-subject.js';
import type { Locale } from '../pin/pin-prompt-texts.js';
import { entryField, withPinEntry } from '../pin/with-pin-entry.js';
import type { TokenSession } from '../pkcs11/token-session.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { AgentServices } from './agent-services.js';
import { certificateRequestIn, createKeyPairIn, userPinRequest } from './key-pairs.js';

/** The purposes in the order they are prepared, and the label suffix of each one's key pair. */
const PURPOSES = [
  { purpose: 'signing', suffix: 'sign' },
  { purpose: 'authentication', suffix: 'auth' },
] as const satisfies readonly { purpose: CertificatePurpose; suffix: string }[];

export interface RegistrationRequest {
  keyId: string;
  /** PKCS#10, DER in base64. */
  certificateRequest: string;
}

export interface PreparedRegistration {
  slotId: string;
  /** Every key pair asked for was already on the token: an earlier attempt of this registration made them. */
  reused: boolean;
  /** Absent when only the log-in key was asked for (a national signing certificate is on the token). */
  signing?: RegistrationRequest;
  authentication: RegistrationRequest;
}

/**
 * The keys step of a token registration, under one PIN entry: for each purpose the key pair
 * labelled `<tag>-sign` / `<tag>-auth` (found if an earlier attempt of the same registration made
 * it, since the client may close the wizard after this step; generated otherwise) and a PKCS#10
 * request for it. Repeating the step never leaves a second pair behind. A token that already holds
 * a signing certificate of the National Certification Authority asks for the log-in key alone.
 */
export async function prepareRegistration(
  services: AgentServices,
  args: {
    slotId: string;
    registrationTag: string;
    subject: KazakhSubject;
    purposes: readonly CertificatePurpose[];
    locale: Locale;
  },
  context: RequestContext,
): Promise<PreparedRegistration> {
  const { tokens, prompts, keyProfile } = services;
  const request = userPinRequest(services, args.slotId, args.locale);
  return withPinEntry(
    prompts,
    { ...request, operation: { kind: 'prepareRegistration' } },
    context,
    (entry, accepted) =>
      tokens.withSession(
        args.slotId,
        { write: true, login: { userType: 'user', pin: entryField(entry, 'pin'), onLoggedIn: accepted } },
        async (session) => {
          const prepared: Partial<Record<CertificatePurpose, RegistrationRequest>> = {};
          let reused = true;
          for (const { purpose, suffix } of PURPOSES.filter((wanted) =>
            args.purposes.includes(wanted.purpose),
          )) {
            const label = `${args.registrationTag}-${suffix}`;
            let keyId = labelledKeyId(session, label);
            if (!keyId) {
              reused = false;
              keyId = (await createKeyPairIn(session, keyProfile, label)).keyId;
            }
            const { certificateRequest } = await certificateRequestIn(session, {
              keyId,
              subject: args.subject,
              purpose,
            });
            prepared[purpose] = { keyId, certificateRequest };
          }
          return {
            slotId: args.slotId,
            reused,
            ...(prepared.signing ? { signing: prepared.signing } : {}),
            authentication: prepared.authentication!,
          };
        },
      ),
  );
}

/**
 * The CKA_ID of a key pair whose private and public halves both carry this label; the private
 * halves are visible only because the session is logged in.
 */
function labelledKeyId(session: TokenSession, label: string): string | undefined {
  const idsOf = (keyClass: number) =>
    session
      .findObjects([
        { type: pkcs11js.CKA_CLASS, value: keyClass },
        { type: pkcs11js.CKA_LABEL, value: label },
      ])
      .map((handle) => session.readAttribute(handle, pkcs11js.CKA_ID).toString('hex'))
      .filter((id) => id.length > 0);
  const publicIds = new Set(idsOf(pkcs11js.CKO_PUBLIC_KEY));
  return idsOf(pkcs11js.CKO_PRIVATE_KEY).find((id) => publicIds.has(id));
}
