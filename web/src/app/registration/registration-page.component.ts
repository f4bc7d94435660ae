import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../core/i18n/format.pipes';
import { openPinWindow } from '../core/signer/pin-window';
import { SigningAgent } from '../core/signer/signing-agent';
import { CredentialsStepComponent } from './credentials-step.component';
import { DEFAULT_TOKEN_PASSWORD, TOKEN_PASSWORD_MIN_LENGTH, tokenName } from './registration';
import { RegistrationStore } from './registration.store';
import { WizardStepsComponent } from './wizard-steps.component';

/**
 * The client's token registration wizard, from the log-in page (no certificate, no session yet):
 * user ID and OTP-card PIN, the token, its password, the keys, the CA's issuance, the certificates
 * written to the token. Coming back with the same user ID continues where the client stopped.
 */
@Component({
  selector: 'qb-registration-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    CredentialsStepComponent,
    WizardStepsComponent,
  ],
  templateUrl: './registration-page.component.html',
  styleUrl: './registration-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationPageComponent {
  protected readonly store = inject(RegistrationStore);
  protected readonly agent = inject(SigningAgent);
  private readonly view = inject(DOCUMENT).defaultView;

  protected readonly tokenName = tokenName;
  protected readonly passwordRules = { min: TOKEN_PASSWORD_MIN_LENGTH, default: DEFAULT_TOKEN_PASSWORD };
  protected readonly confirmingCancel = signal(false);
  protected readonly registration = this.store.registration;
  protected readonly token = computed(() => this.registration()?.token ?? undefined);
  /** While a step runs on the token or at the bank, the client can only wait. */
  protected readonly cancellable = computed(
    () => !this.store.activity() && ['token', 'password', 'keys', 'write'].includes(this.store.screen()),
  );

  constructor() {
    this.store.attach();
    inject(DestroyRef).onDestroy(() => this.store.detach());
  }

  // The pop-up for the agent's prompt is opened now, inside the click: later it would be blocked.
  // Not while another step runs: that click starts nothing, and the pop-up would stay blank.
  protected setPassword(): void {
    if (!this.store.activity()) void this.store.setPassword(openPinWindow(this.view));
  }

  protected makeKeys(): void {
    if (!this.store.activity()) void this.store.makeKeys(openPinWindow(this.view));
  }

  protected writeAgain(): void {
    void this.store.writeCertificates();
  }

  protected async cancel(): Promise<void> {
    this.confirmingCancel.set(false);
    await this.store.cancel();
  }
}
