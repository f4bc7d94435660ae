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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { openPinWindow } from '../core/signer/pin-window';
import { SigningAgent } from '../core/signer/signing-agent';
import { TokenListComponent } from '../core/signer/token-list.component';
import { TOKEN_PASSWORD_RULES } from '../core/signer/tokens';
import { WizardStepsComponent } from '../core/wizard/wizard-steps.component';
import { CredentialsStepComponent } from '../registration/credentials-step.component';
import { RegistrationFlowComponent } from '../registration/registration-flow.component';
import { RegistrationStore } from '../registration/registration.store';
import { REISSUE_REASONS, REISSUE_STEPS, type ReissueReason } from './reissue';
import { ReissueStore } from './reissue.store';

/**
 * The client's token reissue wizard (domain §7 "Re-registration"), from the log-in page: the token
 * password forgotten or locked, the certificates about to expire, a key that may be known to
 * someone, a new token. User ID, OTP-card PIN and reason; the one token; the old certificates
 * revoked; the token formatted in the agent; then the registration's steps on it, in this page.
 */
@Component({
  selector: 'qb-reissue-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    CredentialsStepComponent,
    RegistrationFlowComponent,
    TokenListComponent,
    WizardStepsComponent,
  ],
  templateUrl: './reissue-page.component.html',
  styleUrl: './reissue-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReissuePageComponent {
  protected readonly store = inject(ReissueStore);
  protected readonly registrations = inject(RegistrationStore);
  protected readonly agent = inject(SigningAgent);
  private readonly view = inject(DOCUMENT).defaultView;

  protected readonly steps = REISSUE_STEPS;
  protected readonly reasons = REISSUE_REASONS;
  protected readonly passwordRules = TOKEN_PASSWORD_RULES;
  protected readonly reason = signal<ReissueReason | undefined>(undefined);
  protected readonly confirmingCancel = signal(false);
  protected readonly reissue = this.store.reissue;
  /** The registration wizard sent the client here with the user ID it was given. */
  protected readonly knownUserId = knownUserId(inject(Router));
  /** Before the token is formatted; afterwards the registration's own cancellation applies. */
  protected readonly cancellable = computed(
    () =>
      !this.store.activity() &&
      !this.store.tokenFormatted() &&
      ['token', 'format'].includes(this.store.screen()),
  );

  constructor() {
    this.store.attach();
    inject(DestroyRef).onDestroy(() => this.store.detach());
  }

  protected open(registrationUserId: string, pin: string): void {
    const reason = this.reason();
    if (reason) void this.store.open(registrationUserId, pin, reason);
  }

  // The pop-up for the agent's prompt is opened now, inside the click: later it would be blocked.
  protected format(): void {
    if (!this.store.activity()) void this.store.format(openPinWindow(this.view));
  }

  protected async cancel(): Promise<void> {
    this.confirmingCancel.set(false);
    await this.store.cancel();
  }
}

function knownUserId(router: Router): string {
  const known: unknown = router.currentNavigation()?.extras.state?.['registrationUserId'];
  return typeof known === 'string' ? known : '';
}
