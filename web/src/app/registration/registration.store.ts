import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { apiProblemOf } from '../core/http/api-error';
import { type PinWindow, closingAfter, pinWindowOnDemand } from '../core/signer/pin-window';
import { AgentRefusal } from '../core/signer/signing-agent';
import { type ConnectedToken, type TokenChoice, type TokensState, chooseToken } from '../core/signer/tokens';
import { type WizardMessage, WizardProblem } from '../core/wizard/wizard-message';
import { type RegistrationView, normalizeCardPin, screenOf } from './registration';
import { PIN_NOT_DEFAULT, RegistrationAgent } from './registration-agent';
import { RegistrationApi } from './registration-api';
import {
  ACCESS_INVALID,
  FINISHED,
  NOT_FOUND,
  REISSUE_IN_PROGRESS,
  WRONG_STEP,
  registrationError,
} from './registration-errors';

/**
 * How often the wizards ask how a step the bank does by itself is going: the certification
 * authority issuing the certificates, the old certificates of a reissue being revoked.
 */
export const REGISTRATION_POLL_MS = new InjectionToken<number>('REGISTRATION_POLL_MS', {
  providedIn: 'root',
  factory: () => 1_000,
});

/** What the wizard is doing right now; the buttons say so and wait. */
export type WizardActivity =
  'opening' | 'looking' | 'choosing' | 'password' | 'keys' | 'writing' | 'cancelling';

/** Why the client gave up, for the bank's records (the client types nothing). */
const CANCEL_REASON = 'Cancelled by the client in the token registration wizard';

/**
 * The token registration wizard (domain §7): the registration as the bank last answered it, and
 * the steps that move it on, through the API and the signing agent. The access key is held only
 * here, in memory: a reload asks for the user ID and PIN again, and the registration continues at
 * its step (every step on the token can be repeated).
 */
@Injectable({ providedIn: 'root' })
export class RegistrationStore {
  private readonly api = inject(RegistrationApi);
  private readonly agent = inject(RegistrationAgent);
  private readonly view = inject(DOCUMENT).defaultView;
  private readonly pollMs = inject(REGISTRATION_POLL_MS);

  private readonly accessKey = signal<string | undefined>(undefined);
  private readonly current = signal<RegistrationView | undefined>(undefined);
  private readonly doing = signal<WizardActivity | undefined>(undefined);
  private readonly failure = signal<WizardMessage | undefined>(undefined);
  private readonly info = signal<WizardMessage | undefined>(undefined);
  private readonly listed = signal<TokensState>({ kind: 'unknown' });
  private readonly passwordSet = signal(false);
  private readonly afterReissue = signal(false);
  private readonly reissueUser = signal<string | undefined>(undefined);
  private attached = false;
  private polling = false;

  readonly registration = this.current.asReadonly();
  readonly screen = computed(() => screenOf(this.current()));
  readonly activity = this.doing.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly notice = this.info.asReadonly();
  readonly tokens = this.listed.asReadonly();
  /**
   * The token's password is not the default any more: the agent said so, or a reissue's formatting
   * set it. The client continues with it.
   */
  readonly passwordAlreadySet = computed(() => this.passwordSet() || this.afterReissue());
  /** This registration is a reissue's, on the token it formatted. */
  readonly reissued = this.afterReissue.asReadonly();
  /** The user ID whose reissue must be continued first (the bank refused a registration meanwhile). */
  readonly reissueInProgressFor = this.reissueUser.asReadonly();
  readonly tokenChoice = computed((): TokenChoice<ConnectedToken> | undefined => {
    const tokens = this.listed();
    return tokens.kind === 'listed' ? chooseToken(tokens.tokens) : undefined;
  });

  /** The wizard's page is open: steps that need no click (reading tokens, polling, writing) run. */
  attach(): void {
    this.attached = true;
    this.followUp();
  }

  /** The page is left: polling stops; a finished registration is forgotten. */
  detach(): void {
    this.attached = false;
    const screen = this.screen();
    if (screen === 'done' || screen === 'ended') this.forget();
  }

  /** Step 1: the user ID and OTP-card PIN open the registration, or the one in progress. */
  open(registrationUserId: string, pin: string): Promise<void> {
    return this.run(
      'opening',
      async () => {
        this.reissueUser.set(undefined);
        const opened = await this.api
          .open(registrationUserId.trim(), normalizeCardPin(pin))
          .catch((error: unknown) => {
            if (apiProblemOf(error).code === REISSUE_IN_PROGRESS)
              this.reissueUser.set(registrationUserId.trim());
            throw error;
          });
        this.forget();
        this.accessKey.set(opened.accessKey);
        this.current.set(opened.registration);
        if (['password', 'keys', 'issuing', 'write'].includes(this.screen())) {
          this.info.set({ key: 'registration.notices.resumed' });
        }
      },
      { opening: true },
    );
  }

  /**
   * A reissue formatted the token and started this registration: it goes on with the reissue's
   * access key, and the password the client chose while formatting.
   */
  continueAfterReissue(accessKey: string, registration: RegistrationView): void {
    this.forget();
    this.accessKey.set(accessKey);
    this.current.set(registration);
    this.afterReissue.set(true);
    this.failure.set(undefined);
    this.info.set(undefined);
  }

  /** What the agent sees connected now. */
  lookForTokens(): Promise<void> {
    return this.run('looking', async () => {
      await this.readTokens();
    });
  }

  /** Registers the one connected token; with none or several, says so without asking the bank. */
  registerToken(): Promise<void> {
    return this.run('choosing', async () => {
      const choice = chooseToken(await this.readTokens());
      if (choice.kind === 'none') throw new WizardProblem({ key: 'registration.errors.noToken' });
      if (choice.kind === 'several') throw new WizardProblem({ key: 'registration.errors.multipleTokens' });
      const { serialNumber, label, model } = choice.token;
      this.current.set(
        await this.api.step(this.key(), 'token', { serialNumber, label, model, connectedTokens: 1 }),
      );
    });
  }

  /** The agent's pop-up replaces the default password 12345678 with the client's own. */
  setPassword(pin: PinWindow): Promise<void> {
    return this.run('password', async () => {
      try {
        await closingAfter(pin, async () =>
          this.agent.replaceDefaultPassword(await this.registeredSlot(), pin),
        );
      } catch (error) {
        if (!(error instanceof AgentRefusal && error.code === PIN_NOT_DEFAULT)) throw error;
        this.passwordSet.set(true);
        return;
      }
      await this.confirmPassword();
    });
  }

  /** The token's password was set before (an interrupted wizard): continue with it. */
  continueWithPassword(): Promise<void> {
    return this.run('password', () => this.confirmPassword());
  }

  /** Both key pairs and their requests on the token (one PIN entry); the CA is asked next. */
  makeKeys(pin: PinWindow): Promise<void> {
    return this.run('keys', async () => {
      const registration = this.registered();
      const { holder } = registration;
      const prepared = await closingAfter(pin, async () =>
        this.agent.prepare(
          await this.registeredSlot(),
          registration.registrationTag,
          { iin: holder.iin, bin: holder.bin, commonName: holder.name },
          pin,
        ),
      );
      this.current.set(
        await this.api.step(this.key(), 'requests', {
          serialNumber: registration.token!.serialNumber,
          signing: prepared.signing.certificateRequest,
          authentication: prepared.authentication.certificateRequest,
        }),
      );
    });
  }

  /** Both issued certificates onto the token, then the bank makes them the client's. */
  writeCertificates(pin: PinWindow = pinWindowOnDemand(this.view)): Promise<void> {
    return this.run('writing', async () => {
      const registration = this.registered();
      await closingAfter(pin, async () => {
        const slotId = await this.registeredSlot();
        for (const issued of registration.certificates) {
          await this.agent.writeCertificate(slotId, issued.certificate, pin);
        }
      });
      this.current.set(
        await this.api.step(this.key(), 'written', { serialNumber: registration.token!.serialNumber }),
      );
    });
  }

  /** The client gives up; certificates issued for this registration are revoked by the bank. */
  cancel(): Promise<void> {
    return this.run('cancelling', async () => {
      this.current.set(await this.api.step(this.key(), 'cancellation', { reason: CANCEL_REASON }));
    });
  }

  /** Back to the user ID and PIN, forgetting this registration's key. */
  restart(): void {
    this.forget();
  }

  private async confirmPassword(): Promise<void> {
    const serialNumber = this.registered().token!.serialNumber;
    this.current.set(await this.api.step(this.key(), 'password', { serialNumber }));
    this.passwordSet.set(false);
  }

  /**
   * One step at a time: the error and notice of the last one are cleared, a refusal is explained,
   * and what follows without a click starts once the step is over.
   */
  private async run(
    activity: WizardActivity,
    work: () => Promise<void>,
    options: { opening?: boolean } = {},
  ): Promise<void> {
    if (this.doing()) return;
    this.doing.set(activity);
    this.failure.set(undefined);
    this.info.set(undefined);
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
    if (!opening && (code === ACCESS_INVALID || code === NOT_FOUND)) {
      this.forget();
    } else if (code === WRONG_STEP || code === FINISHED) {
      // The registration moved on meanwhile (another window, a resumed wizard): show where it is.
      await this.refresh();
    }
    this.failure.set(registrationError(error, { opening }));
  }

  /** Steps that need no click: the tokens on entering that step, polling while issued, writing. */
  private followUp(): void {
    if (!this.attached || this.doing()) return;
    switch (this.screen()) {
      case 'token':
        if (this.listed().kind === 'unknown') void this.lookForTokens();
        break;
      case 'issuing':
        void this.poll();
        break;
      case 'write':
        // Once by itself; after a failure the client retries with the button.
        if (!this.failure()) void this.writeCertificates();
        break;
    }
  }

  /** While the CA issues (up to 5 minutes), the registration is read again every second or so. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      while (this.attached && this.screen() === 'issuing') {
        await new Promise((resolve) => setTimeout(resolve, this.pollMs));
        if (!this.attached || this.screen() !== 'issuing') break;
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
      // The refusal itself is explained; the registration stays as last seen.
    }
  }

  /** The slot of the token this registration chose; the agent's slot ids change when it is replugged. */
  private async registeredSlot(): Promise<string> {
    const serialNumber = this.registered().token?.serialNumber;
    const found = (await this.agent.listTokens()).find((token) => token.serialNumber === serialNumber);
    if (found) return found.slotId;
    throw new WizardProblem({
      key: 'registration.errors.tokenMissing',
      params: { serialNumber: serialNumber ?? '' },
    });
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

  private registered(): RegistrationView {
    const registration = this.current();
    if (!registration) throw new WizardProblem({ key: 'registration.errors.accessInvalid' });
    return registration;
  }

  private key(): string {
    const key = this.accessKey();
    if (!key) throw new WizardProblem({ key: 'registration.errors.accessInvalid' });
    return key;
  }

  private forget(): void {
    this.accessKey.set(undefined);
    this.current.set(undefined);
    this.listed.set({ kind: 'unknown' });
    this.passwordSet.set(false);
    this.afterReissue.set(false);
  }
}
