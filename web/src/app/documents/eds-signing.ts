import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import type { PinWindow } from '../core/signer/pin-window';
import { SIGNING_USAGE, SigningAgent } from '../core/signer/signing-agent';
import { DocumentsApi } from './documents-api';
import { documentErrorKey } from './document-errors';

/** The outcome for one document of a (batch) signing. */
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
 * Standard-channel signing: the exact content of each document's current revision, one detached
 * CMS each from the agent (one PIN entry for the whole batch), then each signature sent with the
 * content hash it was made over — a document edited meanwhile is refused, not signed blindly.
 */
@Injectable({ providedIn: 'root' })
export class EdsSigning {
  private readonly api = inject(ApiClient);
  private readonly documents = inject(DocumentsApi);
  private readonly agent = inject(SigningAgent);

  /** Throws when nothing could be signed at all (agent refused, PIN cancelled…). */
  async sign(documentIds: readonly string[], pin: PinWindow): Promise<SigningOutcome[]> {
    let contents;
    try {
      contents = await Promise.all(documentIds.map((id) => firstValueFrom(this.documents.content(id))));
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
      documentIds.map(async (documentId, index): Promise<SigningOutcome> => {
        try {
          const evidence = { kind: 'CMS', cms: signatures[index] };
          await firstValueFrom(this.documents.sign(documentId, contents[index]!.contentHash, evidence));
          return { documentId, signed: true };
        } catch (error) {
          return { documentId, signed: false, errorKey: documentErrorKey(error) };
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
