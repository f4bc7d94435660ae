import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CARD_PIN_LENGTH, normalizeCardPin } from './registration';

/** What the client typed: the acceptance act's user ID and the OTP card's PIN. */
export interface CardCredentials {
  readonly registrationUserId: string;
  readonly pin: string;
}

/**
 * Step 1 of the registration and of the reissue: the user ID from the acceptance act and the PIN
 * from the OTP card. Their form is checked here (a PIN has 11 characters: saying so reveals
 * nothing); whether they are right, only the bank says, without telling which of the two was wrong.
 * A wizard that asks for more (the reissue's reason) projects its fields before the button and
 * says whether they are `complete`; they show their own errors once `attempted()`.
 */
@Component({
  selector: 'qb-credentials-step',
  imports: [TranslocoPipe],
  template: `
    <form class="card credentials" (submit)="submit($event)" novalidate>
      <h2>{{ heading() | transloco }}</h2>
      <p class="hint">{{ intro() | transloco }}</p>
      <div class="field">
        <label for="reg-user-id">{{ 'registration.credentials.userId' | transloco }}</label>
        <input
          id="reg-user-id"
          name="registrationUserId"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          required
          aria-describedby="reg-user-id-hint"
          [attr.aria-invalid]="attempted() && userIdMissing()"
          [value]="userId()"
          (input)="userId.set(text($event))"
        />
        @if (attempted() && userIdMissing()) {
          <span id="reg-user-id-hint" class="field-error">
            {{ 'registration.credentials.userIdRequired' | transloco }}
          </span>
        } @else {
          <span id="reg-user-id-hint" class="hint">{{
            'registration.credentials.userIdHint' | transloco
          }}</span>
        }
      </div>
      <div class="field">
        <label for="reg-pin">{{ 'registration.credentials.pin' | transloco }}</label>
        <input
          id="reg-pin"
          name="pin"
          type="password"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          required
          aria-describedby="reg-pin-hint"
          [attr.aria-invalid]="attempted() && pinMalformed()"
          [value]="pin()"
          (input)="pin.set(text($event))"
        />
        @if (attempted() && pinMalformed()) {
          <span id="reg-pin-hint" class="field-error">
            {{ 'registration.credentials.pinLength' | transloco: { length: pinLength } }}
          </span>
        } @else {
          <span id="reg-pin-hint" class="hint">
            {{ 'registration.credentials.pinHint' | transloco: { length: pinLength } }}
          </span>
        }
      </div>
      <ng-content />
      <button type="submit" class="button primary open-registration" [attr.aria-disabled]="busy()">
        {{ (busy() ? 'registration.credentials.checking' : 'registration.credentials.submit') | transloco }}
      </button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    h2,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialsStepComponent {
  /** The bank is checking what was sent: a second press sends nothing. */
  readonly busy = input(false);
  readonly heading = input('registration.credentials.heading');
  readonly intro = input('registration.credentials.intro');
  /** The user ID already known (the registration wizard sent the client here). */
  readonly knownUserId = input('');
  /** Whether the projected fields are filled in as they must be. */
  readonly complete = input(true);
  readonly submitted = output<CardCredentials>();

  protected readonly pinLength = CARD_PIN_LENGTH;
  protected readonly userId = linkedSignal(() => this.knownUserId());
  protected readonly pin = signal('');
  private readonly tried = signal(false);
  /** The client pressed the button with something missing: every field says what. */
  readonly attempted = this.tried.asReadonly();
  protected readonly userIdMissing = computed(() => this.userId().trim() === '');
  protected readonly pinMalformed = computed(() => normalizeCardPin(this.pin()).length !== CARD_PIN_LENGTH);

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    if (this.userIdMissing() || this.pinMalformed() || !this.complete() || this.busy()) return;
    this.submitted.emit({ registrationUserId: this.userId(), pin: this.pin() });
    // The PIN is not kept on screen, whatever the answer: a refusal asks for it again.
    this.pin.set('');
    this.tried.set(false);
  }
}
