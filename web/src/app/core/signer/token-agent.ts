import { Injectable, inject } from '@angular/core';
import type { PinWindow } from './pin-window';
import { SigningAgent } from './signing-agent';
import { type AgentToken, type ConnectedToken, type FormattedToken, connectedTokens } from './tokens';

/**
 * The token itself through the signing agent's own methods (`kz.qoltanba.agent`): which tokens are
 * connected, and what their owner does to the token's passwords. Every password is typed in the
 * agent's pop-up, never in the bank's page.
 */
@Injectable({ providedIn: 'root' })
export class TokenAgent {
  protected readonly agent = inject(SigningAgent);

  /** The connected (initialized) tokens, each marked empty when it holds no key pair nor certificate. */
  async connectedTokens(): Promise<ConnectedToken[]> {
    const listed = await this.listTokens();
    return Promise.all(
      listed.map(async (token) => {
        // Public objects only: read without a PIN.
        const [keyPairs, certificates] = await Promise.all([
          this.agent.call<unknown[]>('listKeyPairs', { slotId: token.slotId }),
          this.agent.call<unknown[]>('listCertificates', { slotId: token.slotId }),
        ]);
        return { ...token, empty: keyPairs.length === 0 && certificates.length === 0 };
      }),
    );
  }

  /** Every initialized token, as `listTokens` says (to find a token again by its serial number). */
  async listTokens(): Promise<AgentToken[]> {
    return connectedTokens(await this.agent.call<AgentToken[]>('listTokens'));
  }

  /** The slot the token with this serial number is in now: slot ids change when it is replugged. */
  async slotOf(serialNumber: string): Promise<string | undefined> {
    return (await this.listTokens()).find((token) => token.serialNumber === serialNumber)?.slotId;
  }

  /** The agent's pop-up asks for the current password and the new one. */
  async changePin(slotId: string, pin: PinWindow): Promise<void> {
    await this.agent.call('changePin', { slotId, locale: this.agent.locale() }, pin);
  }

  /** The pop-up asks for the administrator password and a new user password (a locked one is unlocked). */
  async unblockPin(slotId: string, pin: PinWindow): Promise<void> {
    await this.agent.call('unblockPin', { slotId, locale: this.agent.locale() }, pin);
  }

  /**
   * Erases everything on the token. The pop-up asks for the administrator password and the new user
   * password, and has the user tick that everything on the token is destroyed; the agent refuses
   * while another token is connected.
   */
  formatToken(slotId: string, pin: PinWindow): Promise<FormattedToken> {
    return this.agent.call<FormattedToken>(
      'formatToken',
      { slotId, confirm: true, locale: this.agent.locale() },
      pin,
    );
  }
}
