import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { SessionStore } from '../core/auth/session.store';
import { ApiClient } from '../core/http/api-client';
import type { components } from '../core/http/api-types.generated';

export type AwaitingMeView = components['schemas']['AwaitingMeView'];

/**
 * What waits for the signed-in client: documents to sign or approve, and documents approved by OTP
 * that wait for their EDS from the Standard channel. Every layout shows the count beside Documents
 * and the home page lists them; it is asked again on every page the user opens, so it follows what
 * colleagues signed meanwhile.
 */
@Injectable({ providedIn: 'root' })
export class AwaitingMeStore {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly current = signal<AwaitingMeView | undefined>(undefined);
  readonly state = this.current.asReadonly();
  private asking = false;

  constructor() {
    // Asked again when another user signs in, not when the session is merely probed (a probe is no
    // reason to ask, and a request after an idle jump would restart the idle clock).
    const userId = computed(() => this.session.client()?.userId);
    effect(() => {
      if (userId()) untracked(() => this.refresh());
      else this.current.set(undefined);
    });
    inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => this.refresh());
  }

  refresh(): void {
    // Logging in both sets the session and navigates: one question answers both.
    if (!this.session.client() || this.asking) return;
    this.asking = true;
    this.api.get<AwaitingMeView>('/documents/awaiting-me').subscribe({
      next: (view) => this.current.set(view),
      // The count is a convenience: the documents list still says what each document awaits.
      error: () => (this.asking = false),
      complete: () => (this.asking = false),
    });
  }
}
