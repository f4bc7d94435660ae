import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/auth/session.store';
import { apiProblemOf, commonErrorKey } from '../core/http/api-error';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordRulesKept } from '@qoltanba/workflows/domain';

/**
 * The forced change at first log-in: the password from the PIN envelope or the SMS is temporary,
 * and nothing else opens until the user has chosen their own.
 */
@Component({
  selector: 'qb-password-page',
  imports: [TranslocoPipe],
  template: `
    <h1>{{ 'password.heading' | transloco }}</h1>
    <p>{{ 'password.intro' | transloco }}</p>
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    }
    <form class="card" (submit)="submit($event)" novalidate>
      <div class="field">
        <label for="current-password">{{ 'password.current' | transloco }}</label>
        <input
          id="current-password"
          type="password"
          autocomplete="current-password"
          required
          [value]="current()"
          (input)="current.set(text($event))"
        />
      </div>
      <div class="field">
        <label for="new-password">{{ 'password.new' | transloco }}</label>
        <input
          id="new-password"
          type="password"
          autocomplete="new-password"
          required
          aria-describedby="password-rules"
          [attr.aria-invalid]="attempted() && !acceptable()"
          [value]="next()"
          (input)="next.set(text($event))"
        />
        <ul id="password-rules" class="rules">
          <li [class.met]="kept().LENGTH">{{ 'password.ruleLength' | transloco: limits }}</li>
          <li [class.met]="kept().LETTER_AND_DIGIT">{{ 'password.ruleLetterDigit' | transloco }}</li>
          <li [class.met]="kept().CHARACTERS">{{ 'password.ruleCharacters' | transloco }}</li>
          <li [class.met]="next() !== '' && kept().UNCHANGED">{{ 'password.ruleChanged' | transloco }}</li>
        </ul>
      </div>
      <div class="field">
        <label for="repeat-password">{{ 'password.repeat' | transloco }}</label>
        <input
          id="repeat-password"
          type="password"
          autocomplete="new-password"
          required
          aria-describedby="repeat-error"
          [attr.aria-invalid]="attempted() && !repeated()"
          [value]="repeat()"
          (input)="repeat.set(text($event))"
        />
        @if (attempted() && !repeated()) {
          <span id="repeat-error" class="field-error">{{ 'password.mismatch' | transloco }}</span>
        }
      </div>
      <button type="submit" class="button primary" [attr.aria-disabled]="busy()">
        {{ 'password.submit' | transloco }}
      </button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 1rem;
    }
    .rules {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
      color: var(--qb-color-text-muted);
      font-size: 0.875rem;
    }
    .met {
      color: var(--qb-color-up-text);
    }
    .met::marker {
      content: '✓ ';
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly current = signal('');
  protected readonly next = signal('');
  protected readonly repeat = signal('');
  protected readonly attempted = signal(false);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly kept = computed(() => passwordRulesKept(this.next(), this.current()));
  protected readonly acceptable = computed(() => Object.values(this.kept()).every(Boolean));
  protected readonly repeated = computed(() => this.repeat() === this.next());

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.attempted.set(true);
    if (!this.acceptable() || !this.repeated() || this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    try {
      await this.session.changePassword(this.current(), this.next());
      await this.router.navigateByUrl('/');
    } catch (error) {
      const problem = apiProblemOf(error);
      this.errorKey.set(
        problem.code === 'AUTH_CURRENT_PASSWORD_WRONG'
          ? 'password.currentWrong'
          : problem.code === 'AUTH_PASSWORD_POLICY_VIOLATED'
            ? 'password.policy'
            : commonErrorKey(problem),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
