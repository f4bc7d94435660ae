import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore, warningLeadMs } from './session.store';
import { apiProblemOf } from '../http/api-error';

/** `m:ss`, as a countdown reads in every language. */
export function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Warns a user (client or staff) shortly before their session ends for want of activity (the
 * server's idle limit, told in the session view), with one button to stay. When the limit passes, the
 * session store ends the session and the app returns to the staff log-in.
 */
@Component({
  selector: 'qb-idle-warning',
  imports: [TranslocoPipe],
  template: `
    @if (remainingMs(); as remaining) {
      <div class="alert notice idle-warning" role="alertdialog" aria-labelledby="idle-warning-text">
        <p id="idle-warning-text" aria-live="polite">
          {{ 'idle.warning' | transloco: { time: countdown(remaining) } }}
        </p>
        <button type="button" class="button primary stay" [disabled]="busy()" (click)="stay()">
          {{ 'idle.stay' | transloco }}
        </button>
      </div>
    }
  `,
  styles: `
    .idle-warning {
      /* Stays in view however far down a long form the user is. */
      position: sticky;
      top: 0.5rem;
      z-index: 10;
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 1rem;
    }
    .idle-warning p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarningComponent {
  private readonly session = inject(SessionStore);
  private readonly now = signal(Date.now());
  protected readonly busy = signal(false);
  protected readonly countdown = countdown;

  /** Milliseconds left once the warning is due; undefined before (and after the session ended). */
  protected readonly remainingMs = computed(() => {
    const deadline = this.session.idleDeadline();
    const timeout = this.session.session()?.idleTimeoutSeconds;
    if (deadline === undefined || timeout === undefined) return undefined;
    const remaining = deadline - this.now();
    return remaining <= warningLeadMs(timeout) ? Math.max(remaining, 1) : undefined;
  });

  constructor() {
    const ticking = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(ticking));
  }

  protected async stay(): Promise<void> {
    this.busy.set(true);
    try {
      await this.session.keepAlive();
    } catch (error) {
      // Ended already (the probe's 401 is not the interceptor's to handle): back to the log-in now.
      if (apiProblemOf(error).status === 401) this.session.expire();
    } finally {
      this.busy.set(false);
      this.now.set(Date.now());
    }
  }
}
