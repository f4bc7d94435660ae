import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SessionView } from '../core/auth/session';
import { SessionStore } from '../core/auth/session.store';
import { LayoutService } from '../core/layout/layout.service';
import { openPinWindow } from '../core/signer/pin-window';
import { SigningAgent } from '../core/signer/signing-agent';
import { EdsLogin } from './eds-login';
import { loginErrorKey } from './login-errors';

type Method = 'phone' | 'standard';

/**
 * Log-in for every channel: Light and Mobile by phone number, BIN/IIN and password; Standard by
 * the login and password from the PIN envelope, or by EDS through the signing agent. A first
 * log-in continues to the forced password change.
 */
@Component({
  selector: 'qb-login-page',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly edsLogin = inject(EdsLogin);
  private readonly view = inject(DOCUMENT).defaultView;
  protected readonly agent = inject(SigningAgent);

  /** Query parameters: why the user is here, and where to go back to. */
  readonly reason = input<string>();
  readonly returnUrl = input<string>();
  /** `?method=standard` opens the Standard part (e.g. right after registering a token). */
  readonly start = input<string | undefined>(undefined, { alias: 'method' });

  protected readonly method = linkedSignal<Method>(() =>
    this.start() === 'standard' ? 'standard' : 'phone',
  );
  protected readonly phone = signal('');
  protected readonly binIin = signal('');
  protected readonly password = signal('');
  // A phone-sized screen suggests the Mobile channel; the user may still choose.
  protected readonly channel = signal<'LIGHT' | 'MOBILE'>(
    inject(LayoutService).isNarrow() ? 'MOBILE' : 'LIGHT',
  );
  protected readonly login = signal('');
  protected readonly standardPassword = signal('');

  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly binIinInvalid = signal(false);
  protected readonly notice = computed(() => {
    const reason = this.reason() ?? this.session.signedOutReason();
    return reason === 'expired' ? 'login.expired' : reason === 'logged-out' ? 'login.loggedOut' : undefined;
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected choose(method: Method): void {
    this.method.set(method);
    this.errorKey.set(undefined);
  }

  protected async submitPhone(event: Event): Promise<void> {
    event.preventDefault();
    // Twelve digits is the BIN/IIN's form, not a secret: saying so reveals nothing about the account.
    const binIin = this.binIin().trim();
    this.binIinInvalid.set(!/^\d{12}$/.test(binIin));
    if (this.binIinInvalid()) return;
    await this.attempt(() =>
      this.session.loginByPhone({
        phone: this.phone().trim(),
        binIin,
        password: this.password(),
        channel: this.channel(),
      }),
    );
  }

  protected async submitStandard(event: Event): Promise<void> {
    event.preventDefault();
    await this.attempt(() => this.session.loginStandard(this.login().trim(), this.standardPassword()));
  }

  protected async loginWithEds(): Promise<void> {
    // Opened now, inside the click: the agent asks for the PIN only later, when pop-ups are blocked.
    const pin = openPinWindow(this.view);
    await this.attempt(() => this.edsLogin.login(pin));
  }

  private async attempt(login: () => Promise<SessionView>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    try {
      const session = await login();
      await this.router.navigateByUrl(session.passwordChangeRequired ? '/password' : this.destination());
    } catch (error) {
      this.password.set('');
      this.standardPassword.set('');
      this.errorKey.set(loginErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** Back where the session ended, but only within this app. */
  private destination(): string {
    const url = this.returnUrl();
    return url?.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
  }
}
