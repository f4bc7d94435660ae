import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccountCardComponent } from '../accounts/account-card.component';
import { AccountsStore } from '../accounts/accounts.store';
import { SessionStore } from '../core/auth/session.store';
import { NavigationService } from '../core/layout/navigation';

/** The organization's accounts with balances: the first thing a client wants to see. */
@Component({
  selector: 'qb-home-page',
  imports: [AccountCardComponent, RouterLink, TranslocoPipe],
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'home.heading' | transloco }}</h1>
        <p class="muted organization">{{ session.client()?.organizationName }}</p>
      </div>
      <div class="actions">
        <a class="button" routerLink="/documents" [queryParams]="{ status: 'AWAITING_SIGNATURES' }">{{
          'home.awaitingSignatures' | transloco
        }}</a>
        @if (navigation.canCreatePayments()) {
          <a class="button primary" routerLink="/documents/new">{{ 'nav.newPayment' | transloco }}</a>
        }
      </div>
    </div>
    <div aria-live="polite">
      @switch (accounts.state().kind) {
        @case ('loading') {
          <p>{{ 'common.loading' | transloco }}</p>
        }
        @case ('failed') {
          <p class="alert error" role="alert">{{ 'accounts.failed' | transloco }}</p>
          <button type="button" class="button" (click)="accounts.refresh()">
            {{ 'common.retry' | transloco }}
          </button>
        }
        @default {
          @for (account of accounts.accounts(); track account.id) {
            <qb-account-card [account]="account" />
          } @empty {
            <p>{{ 'accounts.none' | transloco }}</p>
          }
        }
      }
    </div>
  `,
  styles: `
    .organization {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent implements OnInit {
  protected readonly accounts = inject(AccountsStore);
  protected readonly session = inject(SessionStore);
  protected readonly navigation = inject(NavigationService);

  ngOnInit(): void {
    this.accounts.refresh();
  }
}
