import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/auth/session.store';
import { loginErrorKey } from '../login/login-errors';
import { staffHome } from './staff.guards';

/** Bank staff log in with their own accounts (managers, senior managers, operators). */
@Component({
  selector: 'qb-staff-login-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'staff.login.heading' | transloco }}</h1>
    @if (notice(); as notice) {
      <p class="alert notice" role="status">{{ notice | transloco }}</p>
    }
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    }
    <form class="card" (submit)="submit($event)" novalidate>
      <p class="hint">{{ 'staff.login.hint' | transloco }}</p>
      <div class="field">
        <label for="staff-login">{{ 'staff.login.login' | transloco }}</label>
        <input
          id="staff-login"
          name="login"
          autocomplete="username"
          [value]="login()"
          (input)="login.set(text($event))"
          required
        />
      </div>
      <div class="field">
        <label for="staff-password">{{ 'staff.login.password' | transloco }}</label>
        <input
          id="staff-password"
          name="password"
          type="password"
          autocomplete="current-password"
          [value]="password()"
          (input)="password.set(text($event))"
          required
        />
      </div>
      <button type="submit" class="button primary" [disabled]="busy()">
        {{ (busy() ? 'staff.login.signingIn' : 'staff.login.submit') | transloco }}
      </button>
    </form>
    <p class="other">
      <a routerLink="/login">{{ 'staff.login.clientLogin' | transloco }}</a>
    </p>
  `,
  styles: `
    .card {
      display: grid;
      gap: 0.75rem;
    }
    .other {
      margin-top: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffLoginPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  readonly reason = input<string>();
  readonly returnUrl = input<string>();

  protected readonly login = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly notice = computed(() => {
    const reason = this.reason() ?? this.session.signedOutReason();
    return reason === 'expired' ? 'login.expired' : reason === 'logged-out' ? 'login.loggedOut' : undefined;
  });

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    try {
      const session = await this.session.loginStaff(this.login().trim(), this.password());
      const role = session.principal.kind === 'STAFF' ? session.principal.role : 'OPERATOR';
      await this.router.navigateByUrl(this.destination() ?? staffHome(role));
    } catch (error) {
      this.password.set('');
      this.errorKey.set(loginErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** Back where the session ended, but only within the staff area. */
  private destination(): string | undefined {
    const url = this.returnUrl();
    return url?.startsWith('/staff/') && !url.startsWith('/staff/login') ? url : undefined;
  }
}
