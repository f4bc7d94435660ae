import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient } from '../core/http/api-client';
import { IbanPipe, LocalDateTimePipe, TengePipe } from '../core/i18n/format.pipes';
import { AccountCardComponent } from './account-card.component';
import { AccountsStore } from './accounts.store';
import type { StatementView } from './statement';

type StatementState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly statement: StatementView }
  | { readonly kind: 'failed' };

/** One account's balance and its latest movements, newest first (desktop and Mobile alike). */
@Component({
  selector: 'qb-account-statement-page',
  imports: [RouterLink, TranslocoPipe, IbanPipe, TengePipe, LocalDateTimePipe, AccountCardComponent],
  template: `
    <p class="back">
      <a routerLink="/">← {{ 'nav.home' | transloco }}</a>
    </p>
    <div class="page-header">
      <h1>{{ 'statement.heading' | transloco }}</h1>
    </div>
    @if (account(); as account) {
      <qb-account-card [account]="account" [linked]="false" />
    }
    <div aria-live="polite">
      @switch (state().kind) {
        @case ('loading') {
          <p>{{ 'common.loading' | transloco }}</p>
        }
        @case ('failed') {
          <p class="alert error" role="alert">{{ 'statement.failed' | transloco }}</p>
        }
      }
    </div>
    @if (entries(); as entries) {
      <ul class="entries card" [attr.aria-label]="'statement.heading' | transloco">
        @for (entry of entries; track entry.id) {
          <li class="entry">
            <div class="what">
              <span class="counterparty">{{
                entry.counterpartyName || (entry.counterpartyIban | iban) || '—'
              }}</span>
              @if (entry.purpose) {
                <span class="muted purpose">{{ entry.purpose }}</span>
              }
              <span class="muted">{{ entry.bookedAt | localDateTime }}</span>
            </div>
            <span class="amount" [class.credit]="!entry.amount.startsWith('-')">{{
              entry.amount | tenge
            }}</span>
          </li>
        } @empty {
          <li class="muted">{{ 'statement.empty' | transloco }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .back {
      margin: 0 0 0.5rem;
    }
    .entries {
      list-style: none;
      padding: 0;
    }
    .entry {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.75rem 1rem;
      border-bottom: 1px solid var(--qb-color-border);
    }
    .what {
      display: flex;
      flex-direction: column;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .credit {
      color: var(--qb-color-up-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountStatementPageComponent {
  private readonly api = inject(ApiClient);
  private readonly accounts = inject(AccountsStore);

  /** Route parameter. */
  readonly iban = input.required<string>();

  protected readonly state = signal<StatementState>({ kind: 'loading' });
  protected readonly account = computed(() => this.accounts.accounts().find((a) => a.iban === this.iban()));
  protected readonly entries = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.statement.entries : undefined;
  });

  constructor() {
    this.accounts.refresh();
    effect((onCleanup) => {
      const iban = this.iban();
      this.state.set({ kind: 'loading' });
      const request = this.api
        .get<StatementView>(`/accounts/${encodeURIComponent(iban)}/statement`)
        .subscribe({
          next: (statement) => this.state.set({ kind: 'loaded', statement }),
          error: () => this.state.set({ kind: 'failed' }),
        });
      onCleanup(() => request.unsubscribe());
    });
  }
}
