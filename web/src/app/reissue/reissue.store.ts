import { Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { apiProblemOf } from '../core/http/api-error';
import { type PinWindow, closingAfter } from '../core/signer/pin-window';
import { AgentRefusal } from '../core/signer/signing-agent';
import { TokenAgent } from '../core/signer/token-agent';
import { type ConnectedToken, type TokenChoice, type TokensState, chooseToken } from '../core/signer/tokens';
import { type WizardMessage, WizardProblem } from '../core/wizard/wizard-message';
import { normalizeCardPin, type RegistrationView } from '../registration/registration';
import { RegistrationApi } from '../registration/registration-api';
import { ACCESS_INVALID, FINISHED, NOT_FOUND, WRONG_STEP } from '../registration/registration-errors';
import { REGISTRATION_POLL_MS, RegistrationStore } from '../registration/registration.store';
import {
  type ReissueReason,
  type ReissueScreen,
  type ReissueView,
  reissueScreenOf,
  reissueStep,
} from './reissue';
import { ReissueApi } from './reissue-api';
import { reissueError } from './reissue-errors';

/**
 * How many times the wizard asks for the registration a formatted token's reissue started before
 * it says that it is not there yet (the bank starts it a moment after the formatting is confirmed).
 */
export const REISSUE_HANDOVER_ATTEMPTS = new InjectionToken<number>('REISSUE_HANDOVER_ATTEMPTS', {
  providedIn: 'root',
  factory: () => 30,
});

/** What the reissue wizard is doing right now; the buttons say so and wait. */
export type ReissueActivity =
  'opening' | 'looking' | 'choosing' | 'formatting' | 'handingOver' | 'cancelling';

/** Why the client gave up, for the bank's records (the client types nothing). */
const CANCEL_REASON = 'Cancelled by the client in the token reissue wizard';

/**
 * The token reissue wizard (domain §7 "Re-registration", seed 002): the reissue as the bank last
 * answered it, and the steps that move it on — one token chosen, its old certificates revoked by the
 * bank, the token formatted by the agent — then the registration it starts, continued by the
 * registration wizard's store with the same access key. The key is held only in memory: a reload
 * asks for the user ID and PIN again, and the reissue in progress continues at its step.
 */
@Injectable({ providedIn: 'root' })
export class ReissueStore {
  private readonly api = inject(ReissueApi);
  private readonly registrationApi = inject(RegistrationApi);
  private readonly agent = inject(TokenAgent);
  private readonly registrations = inject(RegistrationStore);
  private readonly pollMs = inject(REGISTRATION_POLL_MS);
  private readonly handoverAttempts = inject(REISSUE_HANDOVER_ATTEMPTS);

  private readonly accessKey = signal<string | undefined>(undefined);
  private readonly current = signal<ReissueView | undefined>(undefined);
  private readonly doing = signal<ReissueActivity | undefined>(undefined);
  private readonly failure = signal<WizardMessage | undefined>(undefined);
  private readonly info = signal<WizardMessage | undefined>(undefined);
  private readonly listed = signal<TokensState>({ kind: 'unknown' });
  /** The registration the reissue started is in the registration store. */
  private readonly handedOver = signal(false);
  /** The serial number of the token the agent formatted here, should the bank not have heard of it. */
  private readonly formattedSerial = signal<string | undefined>(undefined);
  private attached = false;
  private polling = false;

  readonly reissue = this.current.asReadonly();
  readonly activity = this.doing.asReadonly();
  readonly notice = this.info.asReadonly();
  readonly tokens = this.listed.asReadonly();
  readonly tokenChoice = computed((): TokenChoice<ConnectedToken> | undefined => {
    const tokens = this.listed();
    return tokens.kind === 'listed' ? chooseToken(tokens.tokens) : undefined;
  });

  readonly screen = computed((): ReissueScreen => {
    const screen = reissueScreenOf(this.current());
    if (screen !== 'registration') return screen;
    if (!this.handedOver()) return 'handover';
    // The registration's key ran out (or it was restarted): the reissue asks for the credentials.
    return this.registrations.registration() ? 'registration' : 'credentials';
  });
  /** Where the steps' indicator stands, the registration's steps counting as one. */
  readonly step = computed(() => reissueStep(this.screen(), this.registrations.screen()));
  /** The agent formatted the token, but the bank has not been told yet. */
  readonly tokenFormatted = computed(() => {
    const serialNumber = this.current()?.token?.serialNumber;
    return serialNumber !== undefined && this.formattedSerial() === serialNumber;
  });
  /** The registration store's own refusal, once it dropped the registration, is the reissue's too. */
  readonly error = computed(
    () =>
      this.failure() ??
      (this.handedOver() && !this.registrations.registration() ? this.registrations.error() : undefined),
  );

  /** The wizard's page is open: steps that need no click (reading tokens, polling, handing over) run. */
  attach(): void {
    this.attached = true;
    this.followUp();
  }

  /** The page is left: polling stops; an ended reissue, or a finished registration, is forgotten. */
  detach(): void {
    this.attached = false;
    const screen = this.screen();
    if (screen === 'ended' || (screen === 'registration' && this.registrations.screen() === 'done')) {
      this.forget();
    }
  }

  /** Step 1: the user ID, OTP-card PIN and reason start a reissue, or open the one in progress. */
  open(registrationUserId: string, pin: string, reason: ReissueReason): Promise<void> {
    return this.run(
      'opening',
      async () => {
        const opened = await this.api.open(registrationUserId.trim(), normalizeCardPin(pin), reason);
        this.forget();
        this.accessKey.set(opened.accessKey);
        this.current.set(opened.reissue);
        if (opened.reissue.startedBy === 'MANAGER' && opened.reissue.status === 'AWAITING_TOKEN') {
          this.info.set({ key: 'reissue.notices.byManager' });
        } else if (opened.reissue.status !== 'AWAITING_TOKEN') {
          this.info.set({ key: 'reissue.notices.resumed' });
        }
      },
      { opening: true },
    );
  }

  /** What the agent sees connected now. */
  lookForTokens(): Promise<void> {
    return this.run('looking', async () => {
      await this.readTokens();
    });
  }

  /** The one connected token is the one to reissue: the bank then revokes the old certificates. */
  chooseToken(): Promise<void> {
    return this.run('choosing', async () => {
      const choice = chooseToken(await this.readTokens());
      if (choice.kind === 'none') throw new WizardProblem({ key: 'registration.errors.noToken' });
      if (choice.kind === 'several') throw new WizardProblem({ key: 'reissue.errors.multipleTokens' });
      const { serialNumber, label, model } = choice.token;
      this.current.set(
        await this.api.step(this.key(), 'token', { serialNumber, label, model, connectedTokens: 1 }),
      );
    });
  }

  /**
   * The agent formats the token (its pop-up asks for the administrator password, the new token
   * password and a tick), then the bank starts the new registration. Only with the reissue's token
   * connected, and no other: formatting another organization's token would wipe it.
   */
  format(pin: PinWindow): Promise<void> {
    return this.run('formatting', async () => {
      const serialNumber = this.chosenSerial();
      await closingAfter(pin, async () => {
        const choice = chooseToken(await this.readTokens());
        if (choice.kind === 'several') throw new WizardProblem({ key: 'reissue.errors.multipleTokens' });
        if (choice.kind === 'none' || choice.token.serialNumber !== serialNumber) {
          throw new WizardProblem({ key: 'reissue.errors.tokenMissing', params: { serialNumber } });
        }
        await this.agent.formatToken(choice.token.slotId, pin);
      });
      this.formattedSerial.set(serialNumber);
      await this.confirm(serialNumber);
    });
  }

  /** The token was formatted, but the bank did not hear of it (the connection dropped): tell it again. */
  confirmFormatted(): Promise<void> {
    return this.run('formatting', () => this.confirm(this.chosenSerial()));
  }

  /** The registration the reissue started, when it was not there yet: asked for again. */
  continueToRegistration(): Promise<void> {
    return this.handOver();
  }

  /** The client gives up before the token is formatted; certificates revoked stay revoked. */
  cancel(): Promise<void> {
    return this.run('cancelling', async () => {
      this.current.set(await this.api.step(this.key(), 'cancellation', { reason: CANCEL_REASON }));
    });
  }

  /** Back to the user ID, PIN and reason, forgetting this reissue's key. */
  restart(): void {
    this.forget();
  }

  private async confirm(serialNumber: string): Promise<void> {
    this.current.set(await this.api.step(this.key(), 'formatted', { serialNumber }));
    this.formattedSerial.set(undefined);
  }

  /**
   * The registration the reissue started goes on in the registration store with the same key. The
   * bank starts it right after the formatting is confirmed; until it is there, `current` answers
   * the user's previous registration (or none), so the wizard asks a few times. The token is the
   * one just formatted: the registration's token step is taken at once.
   */
  private handOver(): Promise<void> {
    return this.run('handingOver', async () => {
      const key = this.key();
      const registration = await this.startedRegistration(key);
      if (!registration) throw new WizardProblem({ key: 'reissue.errors.registrationNotReady' });
      this.registrations.continueAfterReissue(key, registration);
      if (this.registrations.screen() === 'token') await this.registrations.registerToken();
      this.handedOver.set(true);
    });
  }

  private async startedRegistration(key: string): Promise<RegistrationView | undefined> {
    const registrationId = this.current()?.registrationId;
    for (let attempt = 0; attempt < this.handoverAttempts; attempt++) {
      if (attempt > 0) await pause(this.pollMs);
      if (!this.attached) return undefined;
      try {
        const registration = await this.registrationApi.current(key);
        if (registration.registrationId === registrationId) return registration;
      } catch (error) {
        // None yet (a first registration): asked again; any other refusal is the step's.
        if (apiProblemOf(error).code !== NOT_FOUND) throw error;
      }
    }
    return undefined;
  }

  /**
   * One step at a time: the error and notice of the last one are cleared, a refusal is explained,
   * and what follows without a click starts once the step is over.
   */
  private async run(
    activity: ReissueActivity,
    work: () => Promise<void>,
    options: { opening?: boolean } = {},
  ): Promise<void> {
    if (this.doing()) return;
    this.doing.set(activity);
    this.failure.set(undefined);
    if (activity !== 'looking' && activity !== 'handingOver') this.info.set(undefined);
    try {
      await work();
    } catch (error) {
      await this.failed(error, options.opening ?? false);
    } finally {
      this.doing.set(undefined);
    }
    this.followUp();
  }

  private async failed(error: unknown, opening: boolean): Promise<void> {
    const code = error instanceof AgentRefusal ? undefined : apiProblemOf(error).code;
    if (!opening && code === ACCESS_INVALID) {
      this.forget();
    } else if (code === WRONG_STEP || code === FINISHED) {
      // The reissue moved on meanwhile (another window, a manager): show where it is.
      await this.refresh();
    }
    this.failure.set(reissueError(error, { opening }));
  }

  /** Steps that need no click: the tokens on entering that step, polling while revoking, the handover. */
  private followUp(): void {
    if (!this.attached || this.doing()) return;
    switch (this.screen()) {
      case 'token':
      case 'format':
        if (this.listed().kind === 'unknown') void this.lookForTokens();
        break;
      case 'revoking':
        void this.poll();
        break;
      case 'handover':
        // Once by itself; after a failure the client retries with the button.
        if (!this.failure()) void this.handOver();
        break;
    }
  }

  /** While the bank revokes the old certificates, the reissue is read again every second or so. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      while (this.attached && this.screen() === 'revoking') {
        await pause(this.pollMs);
        if (!this.attached || this.screen() !== 'revoking') break;
        try {
          this.current.set(await this.api.current(this.key()));
          this.failure.set(undefined);
        } catch (error) {
          // A lost connection is retried on the next round; a lost key ends the loop (screen changes).
          await this.failed(error, false);
        }
      }
    } finally {
      this.polling = false;
    }
    this.followUp();
  }

  private async refresh(): Promise<void> {
    const key = this.accessKey();
    if (!key) return;
    try {
      this.current.set(await this.api.current(key));
    } catch {
      // The refusal itself is explained; the reissue stays as last seen.
    }
  }

  private async readTokens(): Promise<readonly ConnectedToken[]> {
    try {
      const tokens = await this.agent.connectedTokens();
      this.listed.set({ kind: 'listed', tokens });
      return tokens;
    } catch (error) {
      this.listed.set({ kind: 'failed' });
      throw error;
    }
  }

  private chosenSerial(): string {
    const serialNumber = this.current()?.token?.serialNumber;
    if (!serialNumber) throw new WizardProblem({ key: 'reissue.errors.accessInvalid' });
    return serialNumber;
  }

  private key(): string {
    const key = this.accessKey();
    if (!key) throw new WizardProblem({ key: 'reissue.errors.accessInvalid' });
    return key;
  }

  private forget(): void {
    if (this.handedOver()) this.registrations.restart();
    this.accessKey.set(undefined);
    this.current.set(undefined);
    this.listed.set({ kind: 'unknown' });
    this.handedOver.set(false);
    this.formattedSerial.set(undefined);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
