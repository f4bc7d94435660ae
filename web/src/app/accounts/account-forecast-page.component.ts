import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient } from '../core/http/api-client';
import { apiProblemOf } from '../core/http/api-error';
import { IbanPipe, LocalDatePipe, MoneyPipe } from '../core/i18n/format.pipes';
import { StatusBadgeComponent } from '../core/process/status-badge.component';
import { AccountsStore } from './accounts.store';
import type { AccountForecastView } from './forecast';

type ForecastState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly forecast: AccountForecastView }
  | { readonly kind: 'failed'; readonly key: string };

/** Refusals with words of their own; anything else is "could not be loaded". */
const FORECAST_REFUSALS = new Set(['FORECAST_ACCOUNT_NOT_TENGE', 'FORECAST_BALANCE_UNAVAILABLE']);

/**
 * What an accountant checks before signing: the tenge account's available balance day by day as
 * the payments on their way leave it, and the first day it would run short. Desktop and Mobile alike.
 */
@Component({
  selector: 'qb-account-forecast-page',
  imports: [RouterLink, TranslocoPipe, IbanPipe, MoneyPipe, LocalDatePipe, StatusBadgeComponent],
  templateUrl: './account-forecast-page.component.html',
  styleUrl: './account-forecast-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountForecastPageComponent {
  private readonly api = inject(ApiClient);
  private readonly accounts = inject(AccountsStore);

  /** Route parameter. */
  readonly iban = input.required<string>();

  protected readonly state = signal<ForecastState>({ kind: 'loading' });
  protected readonly account = computed(() => this.accounts.accounts().find((a) => a.iban === this.iban()));
  protected readonly forecast = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.forecast : undefined;
  });
  protected readonly failedKey = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.key : '';
  });
  /** How much is missing on the first day the money runs short (a positive amount). */
  protected readonly shortBy = computed(() => {
    const forecast = this.forecast();
    const day = forecast?.days.find((found) => found.date === forecast.shortFrom);
    return day?.closing.replace(/^-/, '');
  });

  constructor() {
    this.accounts.refresh();
    effect((onCleanup) => {
      this.state.set({ kind: 'loading' });
      const request = this.api
        .get<AccountForecastView>(`/accounts/${encodeURIComponent(this.iban())}/forecast`)
        .subscribe({
          next: (forecast) => this.state.set({ kind: 'loaded', forecast }),
          error: (error: unknown) => {
            const { code } = apiProblemOf(error);
            this.state.set({
              kind: 'failed',
              key: FORECAST_REFUSALS.has(code) ? `forecast.errors.${code}` : 'forecast.failed',
            });
          },
        });
      onCleanup(() => request.unsubscribe());
    });
  }
}
