import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { Router, RouterOutlet } from '@angular/router';
import { IdleWarningComponent } from './core/auth/idle-warning.component';
import { SessionStore } from './core/auth/session.store';
import { LanguageService } from './core/i18n/language.service';
import { LayoutService } from './core/layout/layout.service';
import { ShellComponent } from './core/layout/shell.component';
import { PublicShellComponent } from './core/layout/public-shell.component';
import { ProcessEvents } from './core/live/process-events';
import { PRODUCT_NAME } from './core/product';
import { StaffShellComponent } from './staff/shell/staff-shell.component';

/**
 * Root: frames every page in the shell that fits — the public one before log-in, then the client's
 * (a desktop or a phone frame by screen width and channel: one code base for every channel), or the
 * staff's.
 */
@Component({
  selector: 'qb-root',
  imports: [RouterOutlet, ShellComponent, PublicShellComponent, StaffShellComponent, IdleWarningComponent],
  // The staff's shell is deferred, its own chunk, so a client never loads it; until it arrives, the
  // bar index.html painted stays. A client's shell follows the width without rebuilding the page.
  template: `
    @if (staffSignedIn()) {
      @defer (on immediate) {
        <qb-staff-shell><router-outlet /></qb-staff-shell>
      } @placeholder {
        <div class="app-shell" aria-hidden="true">{{ productName }}</div>
      }
    } @else if (!signedIn()) {
      <qb-public-shell><router-outlet /></qb-public-shell>
    } @else {
      <qb-shell [mobile]="layout.isMobile()"><qb-idle-warning /><router-outlet /></qb-shell>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {
  protected readonly layout = inject(LayoutService);
  private readonly session = inject(SessionStore);
  protected readonly signedIn = computed(() => this.session.client() !== undefined);
  protected readonly staffSignedIn = computed(() => this.session.staff() !== undefined);
  protected readonly productName = PRODUCT_NAME;

  constructor() {
    const router = inject(Router);
    const events = inject(ProcessEvents);
    const stopListening = this.session.onExpiry(() => {
      // Staff return to their own log-in, clients to theirs.
      const login = router.url.startsWith('/staff') ? '/staff/login' : '/login';
      void router.navigate([login], { queryParams: { reason: 'expired', returnUrl: router.url } });
    });
    inject(DestroyRef).onDestroy(stopListening);
    // Live status for as long as someone is logged in: one stream shared by every open page.
    effect(() => (this.signedIn() ? events.connect() : events.disconnect()));
    // The bank's SMS to a client are written in the language the client reads the app in.
    const languages = inject(LanguageService);
    effect(() => {
      const language = languages.language();
      if (this.signedIn()) untracked(() => void this.session.rememberLanguage(language));
    });
    this.watchActivity();
  }

  /** Typing and clicking count as activity: a user filling a long form is not logged out for idling. */
  private watchActivity(): void {
    const document = inject(DOCUMENT);
    const active = () => this.session.noteActivity();
    const events = ['keydown', 'pointerdown', 'input'] as const;
    const options = { capture: true, passive: true };
    for (const event of events) document.addEventListener(event, active, options);
    inject(DestroyRef).onDestroy(() => {
      for (const event of events) document.removeEventListener(event, active, options);
    });
  }
}
