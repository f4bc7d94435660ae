import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../http/api-client';
import type { PinWindow } from './pin-window';
import type { SignableApi } from './signable';
import { SIGNING_USAGE, SigningAgent } from './signing-agent';

/** The outcome for one document or application of a (batch) signing. */
export interface SigningOutcome {
  readonly documentId: string;
  readonly signed: boolean;
  readonly errorKey?: string;
}

interface CertificateView {
  readonly purpose: 'SIGNING' | 'AUTHENTICATION';
  readonly status: string;
  readonly serialNumber: string;
}

/**
 * Standard-channel signing: the exact content of each process's current revision, one detached
 * CMS each from the agent (one PIN entry for the whole batch), then each signature sent with the
 * content hash it was made over — a document edited meanwhile is refused, not signed blindly.
 * The same for payments and applications: `api` names whose endpoints.
 */
@Injectable({ providedIn: 'root' })
export class EdsSigning {
  private readonly api = inject(ApiClient);
  private readonly agent = inject(SigningAgent);

  /** Throws when nothing could be signed at all (agent refused, PIN cancelled…). */
  async sign<T>(api: SignableApi<T>, ids: readonly string[], pin: PinWindow): Promise<SigningOutcome[]> {
    let contents;
    try {
      contents = await Promise.all(ids.map((id) => firstValueFrom(api.content(id))));
    } catch (error) {
      pin.close();
      throw error;
    }
    const choice = { extKeyUsageOids: [SIGNING_USAGE], serialNumber: await this.signingCertificate() };
    const signatures =
      contents.length === 1
        ? [await this.agent.sign(contents[0]!.contentBase64, choice, pin)]
        : await this.agent.sign(
            contents.map((content) => content.contentBase64),
            choice,
            pin,
          );
    return Promise.all(
      ids.map(async (documentId, index): Promise<SigningOutcome> => {
        try {
          const evidence = { kind: 'CMS', cms: signatures[index] } as const;
          await firstValueFrom(api.sign(documentId, contents[index]!.contentHash, evidence));
          return { documentId, signed: true };
        } catch (error) {
          return { documentId, signed: false, errorKey: api.errorKey(error) };
        }
      }),
    );
  }

  /**
   * The serial number of the user's registered signing certificate, so the agent picks exactly it
   * when a token holds several; without one the agent chooses by key usage alone.
   */
  private async signingCertificate(): Promise<string | undefined> {
    try {
      const certificates = await firstValueFrom(this.api.get<CertificateView[]>('/certificates'));
      return certificates.find((c) => c.purpose === 'SIGNING' && c.status === 'ACTIVE')?.serialNumber;
    } catch {
      return undefined;
    }
  }
}
