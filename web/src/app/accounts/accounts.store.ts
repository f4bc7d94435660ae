import { Injectable, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import { type ApiProblem, apiProblemOf } from '../core/http/api-error';
import type { AccountView } from './account';

export type AccountsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly accounts: readonly AccountView[] }
  | { readonly kind: 'failed'; readonly problem: ApiProblem };

/** The organization's accounts with balances, shared by the home page, filters and the payment form. */
@Injectable({ providedIn: 'root' })
export class AccountsStore {
  private readonly api = inject(ApiClient);
  private readonly current = signal<AccountsState>({ kind: 'loading' });
  private inFlight: Subscription | undefined;

  readonly state = this.current.asReadonly();

  /** Balances move, so every visit asks again; the last answer stays on screen meanwhile. */
  refresh(): void {
    this.inFlight?.unsubscribe();
    if (this.current().kind === 'failed') this.current.set({ kind: 'loading' });
    this.inFlight = this.api.get<AccountView[]>('/accounts').subscribe({
      next: (accounts) => this.current.set({ kind: 'loaded', accounts }),
      error: (error: unknown) => this.current.set({ kind: 'failed', problem: apiProblemOf(error) }),
    });
  }

  /** For screens that need the accounts but not fresh balances (filters): asks only if nothing is held. */
  ensureLoaded(): void {
    const asking = this.inFlight !== undefined && !this.inFlight.closed;
    if (this.current().kind !== 'loaded' && !asking) this.refresh();
  }

  accounts(): readonly AccountView[] {
    const state = this.current();
    return state.kind === 'loaded' ? state.accounts : [];
  }
}
