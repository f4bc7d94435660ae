import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../core/i18n/format.pipes';
import { openPinWindow } from '../core/signer/pin-window';
import { SigningAgent } from '../core/signer/signing-agent';
import { TokenListComponent } from '../core/signer/token-list.component';
import { TOKEN_PASSWORD_RULES } from '../core/signer/tokens';
import { CredentialsStepComponent } from './credentials-step.component';
import { RegistrationStore } from './registration.store';

/**
 * The registration's steps themselves, under whichever page frames them: the registration wizard,
 * or the reissue wizard once the token is formatted (`embedded`: the reissue asks for the user ID
 * and PIN itself). Steps that need no click run while it is shown.
 */
@Component({
  selector: 'qb-registration-flow',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    CredentialsStepComponent,
    TokenListComponent,
  ],
  templateUrl: './registration-flow.component.html',
  styleUrl: './registration-flow.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationFlowComponent {
  protected readonly store = inject(RegistrationStore);
  protected readonly agent = inject(SigningAgent);
  private readonly view = inject(DOCUMENT).defaultView;

  readonly embedded = input(false);

  protected readonly passwordRules = TOKEN_PASSWORD_RULES;
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
