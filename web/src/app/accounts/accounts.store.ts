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
  private prefetched = false;

  readonly state = this.current.asReadonly();

  /** Balances move, so every visit asks again; the last answer stays on screen meanwhile. */
  refresh(): void {
    // The first visit after a prefetch takes its answer, arrived or on its way, unless it failed.
    const prefetched = this.prefetched;
    this.prefetched = false;
    if (prefetched && this.current().kind !== 'failed') return;
    this.inFlight?.unsubscribe();
    if (this.current().kind === 'failed') this.current.set({ kind: 'loading' });
    this.inFlight = this.api.get<AccountView[]>('/accounts').subscribe({
      next: (accounts) => this.current.set({ kind: 'loaded', accounts }),
      error: (error: unknown) => this.current.set({ kind: 'failed', problem: apiProblemOf(error) }),
    });
  }

  /**
   * Asks as the app opens at the root, beside the session probe rather than after it: the home
   * page's balances arrive a round trip sooner. For a visitor not signed in the answer is a 401,
   * which ends no session (there is none) and is asked again after log-in.
   */
  prefetch(): void {
    this.refresh();
    this.prefetched = true;
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

  /** The accounts a tenge payment order may be paid from (the server refuses any other). */
  tengeAccounts(): readonly AccountView[] {
    return this.accounts().filter((account) => account.currency === 'KZT');
  }

  /** The tenge account with this IBAN, if it is one of them. */
  tengeAccount(iban: string): AccountView | undefined {
    return this.tengeAccounts().find((account) => account.iban === iban);
  }
}
