import { Injectable, computed, inject, signal } from '@angular/core';
import { type PinWindow, closingAfter } from '../core/signer/pin-window';
import { TokenAgent } from '../core/signer/token-agent';
import type { ConnectedToken, TokensState } from '../core/signer/tokens';
import { type WizardMessage, WizardProblem } from '../core/wizard/wizard-message';
import { type PinAction, tokenPinError } from './token-pin-errors';

/** The action the client chose, on which token; done once the agent has done it. */
export interface PinTask {
  readonly action: PinAction;
  readonly token: ConnectedToken;
  readonly done: boolean;
}

/** What the page is doing right now; the buttons say so and wait. */
export type TokenPinActivity = 'looking' | PinAction;

/**
 * The token password's small wizards (domain §7, §11): change it (the current one and a new one), or
 * unblock it as the token's administrator (the administrator password and a new one), which also
 * unlocks a password locked after wrong entries. Only the signing agent is involved: its pop-up
 * takes every password, the bank's server is not asked.
 */
@Injectable({ providedIn: 'root' })
export class TokenPinStore {
  private readonly agent = inject(TokenAgent);

  private readonly listed = signal<TokensState>({ kind: 'unknown' });
  private readonly chosen = signal<PinTask | undefined>(undefined);
  private readonly doing = signal<TokenPinActivity | undefined>(undefined);
  private readonly failure = signal<WizardMessage | undefined>(undefined);

  readonly tokens = this.listed.asReadonly();
  readonly task = this.chosen.asReadonly();
  readonly activity = this.doing.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly connected = computed(() => {
    const tokens = this.listed();
    return tokens.kind === 'listed' ? tokens.tokens : [];
  });

  /** The page is open: the tokens are read, and any earlier task is forgotten. */
  attach(): void {
    this.chosen.set(undefined);
    this.failure.set(undefined);
    void this.lookForTokens();
  }

  lookForTokens(): Promise<void> {
    return this.run('looking', async () => {
      await this.readTokens();
    });
  }

  /** The client chose what to do to which token: the page explains it before the agent is asked. */
  choose(action: PinAction, token: ConnectedToken): void {
    if (this.doing()) return;
    this.failure.set(undefined);
    this.chosen.set({ action, token, done: false });
  }

  /** Back to the tokens, the list read again (a PIN unblocked is no longer locked). */
  back(): Promise<void> {
    this.chosen.set(undefined);
    this.failure.set(undefined);
    return this.lookForTokens();
  }

  /** The agent's pop-up takes the passwords and does the chosen action on the token. */
  perform(pin: PinWindow): Promise<void> {
    const task = this.chosen();
    if (!task || task.done) {
      pin.close();
      return Promise.resolve();
    }
    return this.run(task.action, async () => {
      await closingAfter(pin, async () => {
        const slotId = await this.agent.slotOf(task.token.serialNumber);
        if (!slotId) {
          throw new WizardProblem({
            key: 'tokenPin.errors.tokenMissing',
            params: { serialNumber: task.token.serialNumber },
          });
        }
        if (task.action === 'change') await this.agent.changePin(slotId, pin);
        else await this.agent.unblockPin(slotId, pin);
      });
      this.chosen.set({ ...task, done: true });
    });
  }

  private async run(activity: TokenPinActivity, work: () => Promise<void>): Promise<void> {
    if (this.doing()) return;
    this.doing.set(activity);
    this.failure.set(undefined);
    try {
      await work();
    } catch (error) {
      this.failure.set(tokenPinError(error, activity === 'looking' ? 'change' : activity));
    } finally {
      this.doing.set(undefined);
    }
  }

  private async readTokens(): Promise<void> {
    try {
      this.listed.set({ kind: 'listed', tokens: await this.agent.connectedTokens() });
    } catch (error) {
      this.listed.set({ kind: 'failed' });
      throw error;
    }
  }
}
