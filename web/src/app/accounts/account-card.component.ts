import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { IbanPipe, MoneyPipe } from '../core/i18n/format.pipes';
import type { AccountView } from './account';

/**
 * One account: its name, IBAN, balance and available amount, and a way to its statement (and to its
 * forecast: payment orders leave tenge accounts only).
 */
@Component({
  selector: 'qb-account-card',
  imports: [RouterLink, TranslocoPipe, IbanPipe, MoneyPipe],
  template: `
    <article class="card account" [attr.aria-labelledby]="'account-' + account().id">
      <h2 class="title" [id]="'account-' + account().id">{{ account().title }}</h2>
      <p class="iban">{{ account().iban | iban }} · {{ account().currency }}</p>
      @if (account().balance; as balance) {
        <dl class="balances">
          <div>
            <dt>{{ 'accounts.balance' | transloco }}</dt>
            <dd class="amount balance">{{ balance.balance | money: account().currency }}</dd>
          </div>
          <div>
            <dt>{{ 'accounts.available' | transloco }}</dt>
            <dd class="amount available">{{ balance.available | money: account().currency }}</dd>
          </div>
        </dl>
      } @else {
        <p class="muted">{{ 'accounts.balanceUnavailable' | transloco }}</p>
      }
      @if (linked()) {
        <div class="links">
          <a class="button statement" [routerLink]="['/accounts', account().iban]">{{
            'accounts.statement' | transloco
          }}</a>
          @if (account().currency === 'KZT') {
            <a class="button forecast" [routerLink]="['/accounts', account().iban, 'forecast']">{{
              'accounts.forecast' | transloco
            }}</a>
          }
        </div>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .title {
      font-size: 1.125rem;
    }
    .iban {
      margin: 0 0 0.75rem;
      color: var(--qb-color-text-muted);
    }
    .balances {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
      margin: 0 0 0.75rem;
    }
    dt {
      color: var(--qb-color-text-muted);
      font-size: 0.875rem;
    }
    dd {
      margin: 0;
      font-size: 1.375rem;
      font-weight: 700;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountCardComponent {
  readonly account = input.required<AccountView>();
  /** Whether to link to the account's statement and forecast (not on the statement itself). */
  readonly linked = input(true);
}
