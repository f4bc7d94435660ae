import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SessionView } from '../core/auth/session';
import { SessionStore } from '../core/auth/session.store';
import { ApiClient } from '../core/http/api-client';
import type { PinWindow } from '../core/signer/pin-window';
import { AUTHENTICATION_USAGE, SigningAgent } from '../core/signer/signing-agent';

/**
 * Standard log-in with the token: the server's one-time nonce, signed by the agent with the
 * authentication certificate (not the signing one), opens a Standard session.
 */
@Injectable({ providedIn: 'root' })
export class EdsLogin {
  private readonly api = inject(ApiClient);
  private readonly agent = inject(SigningAgent);
  private readonly session = inject(SessionStore);

  async login(pin: PinWindow): Promise<SessionView> {
    const { nonce } = await firstValueFrom(this.api.post<{ nonce: string }>('/auth/eds/challenge'));
    const cms = await this.agent.sign(nonce, { extKeyUsageOids: [AUTHENTICATION_USAGE] }, pin);
    return this.session.loginByEds(nonce, cms);
  }
}
