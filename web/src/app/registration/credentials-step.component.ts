import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CARD_PIN_LENGTH, normalizeCardPin } from './registration';
import { RegistrationStore } from './registration.store';

/**
 * Step 1: the user ID from the acceptance act and the PIN from the OTP card. Their form is checked
 * here (a PIN has 11 characters: saying so reveals nothing); whether they are right, only the bank
 * says, without telling which of the two was wrong.
 */
@Component({
  selector: 'qb-credentials-step',
  imports: [TranslocoPipe],
  template: `
    <form class="card credentials" (submit)="submit($event)" novalidate>
      <h2>{{ 'registration.credentials.heading' | transloco }}</h2>
      <p class="hint">{{ 'registration.credentials.intro' | transloco }}</p>
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
  private readonly store = inject(RegistrationStore);

  protected readonly pinLength = CARD_PIN_LENGTH;
  protected readonly userId = signal('');
  protected readonly pin = signal('');
  protected readonly attempted = signal(false);
  protected readonly busy = computed(() => this.store.activity() === 'opening');
  protected readonly userIdMissing = computed(() => this.userId().trim() === '');
  protected readonly pinMalformed = computed(() => normalizeCardPin(this.pin()).length !== CARD_PIN_LENGTH);

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.attempted.set(true);
    if (this.userIdMissing() || this.pinMalformed() || this.busy()) return;
    await this.store.open(this.userId(), this.pin());
    // The PIN is not kept on screen, whatever the answer: a refusal asks for it again.
    this.pin.set('');
    this.attempted.set(false);
  }
}
