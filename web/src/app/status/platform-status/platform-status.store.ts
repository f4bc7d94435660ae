import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { HealthApi } from './health-api';
import type { HealthReport } from './health-report';

export type PlatformStatusState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'reported'; readonly report: HealthReport }
  | { readonly kind: 'unreachable' };

/** The last known platform health, shared by every view that shows it. */
@Injectable({ providedIn: 'root' })
export class PlatformStatusStore {
  private readonly healthApi = inject(HealthApi);
  private readonly current = signal<PlatformStatusState>({ kind: 'checking' });
  private inFlight: Subscription | undefined;

  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.inFlight?.unsubscribe());
  }

  /** Asks the backend again; a newer check supersedes one still under way. */
  refresh(): void {
    this.inFlight?.unsubscribe();
    this.current.set({ kind: 'checking' });
    this.inFlight = this.healthApi.check().subscribe({
      next: (report) => this.current.set({ kind: 'reported', report }),
      error: () => this.current.set({ kind: 'unreachable' }),
    });
  }
}
