import { Injectable } from '@angular/core';
import type { PinWindow } from '../core/signer/pin-window';
import { AgentRefusal } from '../core/signer/signing-agent';
import { TokenAgent } from '../core/signer/token-agent';

/** The agent refuses to replace the default password: the token has its own already. */
export const PIN_NOT_DEFAULT = 'PIN_NOT_DEFAULT';
/** The certificate is on the token already (written before the wizard was interrupted). */
export const CERTIFICATE_ALREADY_PRESENT = 'CERTIFICATE_ALREADY_PRESENT';

export interface RegistrationSubject {
  readonly iin: string;
  readonly bin: string;
  readonly commonName: string;
}

/** `prepareRegistration`: both key pairs made (or found again) on the token, each with its PKCS#10. */
export interface PreparedRegistration {
  readonly slotId: string;
  readonly reused: boolean;
  readonly signing: { readonly keyId: string; readonly certificateRequest: string };
  readonly authentication: { readonly keyId: string; readonly certificateRequest: string };
}

/**
 * The registration's steps on the token, beyond what every token page does ({@link TokenAgent}):
 * each PIN is typed in the agent's pop-up, never in the bank's page; each step can be repeated.
 */
@Injectable({ providedIn: 'root' })
export class RegistrationAgent extends TokenAgent {
  /** The agent's pop-up asks only for the new password and replaces the default 12345678. */
  async replaceDefaultPassword(slotId: string, pin: PinWindow): Promise<void> {
    await this.agent.call('changePin', { slotId, fromDefault: true, locale: this.agent.locale() }, pin);
  }

  /** One PIN entry: the signing and authentication key pairs, labelled `<tag>-sign`/`<tag>-auth`. */
  prepare(
    slotId: string,
    registrationTag: string,
    subject: RegistrationSubject,
    pin: PinWindow,
  ): Promise<PreparedRegistration> {
    return this.agent.call<PreparedRegistration>(
      'prepareRegistration',
      { slotId, registrationTag, subject, locale: this.agent.locale() },
      pin,
    );
  }

  /** Writes a certificate beside its key pair; one already there counts as written. */
  async writeCertificate(slotId: string, certificate: string, pin: PinWindow): Promise<void> {
    try {
      await this.agent.call('writeCertificate', { slotId, certificate, locale: this.agent.locale() }, pin);
    } catch (error) {
      if (!(error instanceof AgentRefusal && error.code === CERTIFICATE_ALREADY_PRESENT)) throw error;
    }
  }
}
