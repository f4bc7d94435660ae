import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { WizardStepsComponent } from '../core/wizard/wizard-steps.component';
import { WIZARD_STEPS } from './registration';
import { RegistrationFlowComponent } from './registration-flow.component';
import { RegistrationStore } from './registration.store';

/**
 * The client's token registration wizard, from the log-in page (no certificate, no session yet):
 * user ID and OTP-card PIN, the token, its password, the keys, the CA's issuance, the certificates
 * written to the token. Coming back with the same user ID continues where the client stopped.
 */
@Component({
  selector: 'qb-registration-page',
  imports: [RouterLink, TranslocoPipe, RegistrationFlowComponent, WizardStepsComponent],
  templateUrl: './registration-page.component.html',
  styleUrl: './registration-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegistrationPageComponent {
  protected readonly store = inject(RegistrationStore);
  protected readonly steps = WIZARD_STEPS;
}
