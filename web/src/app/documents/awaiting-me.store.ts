import { Injectable, effect, inject, signal } from '@angular/core';
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

  constructor() {
    effect(() => {
      if (this.session.client()) this.refresh();
      else this.current.set(undefined);
    });
    inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => this.refresh());
  }

  refresh(): void {
    if (!this.session.client()) return;
    this.api.get<AwaitingMeView>('/documents/awaiting-me').subscribe({
      next: (view) => this.current.set(view),
      // The count is a convenience: the documents list still says what each document awaits.
      error: () => undefined,
    });
  }
}
