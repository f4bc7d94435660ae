import { ChangeDetectionStrategy, Component, type OnInit, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccountCardComponent } from '../accounts/account-card.component';
import { AccountsStore } from '../accounts/accounts.store';
import { SessionStore } from '../core/auth/session.store';
import { NavigationService } from '../core/layout/navigation';
import { TengePipe } from '../core/i18n/format.pipes';
import { AwaitingMeStore } from '../documents/awaiting-me.store';

/** The organization's accounts with balances: the first thing a client wants to see. */
@Component({
  selector: 'qb-home-page',
  imports: [AccountCardComponent, RouterLink, TranslocoPipe, TengePipe],
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
    @if (awaitingMe.state(); as awaiting) {
      @if (awaiting.toSign + awaiting.toDispatch > 0) {
        <section class="card waiting-for-me" aria-labelledby="waiting-heading">
          <h2 id="waiting-heading">{{ 'home.waitingHeading' | transloco }}</h2>
          <p class="waiting-counts">
            @if (awaiting.toSign > 0) {
              <span class="to-sign">{{ 'home.toSign' | transloco: { count: awaiting.toSign } }}</span>
            }
            @if (awaiting.toDispatch > 0) {
              <span class="to-dispatch">{{
                'home.toDispatch' | transloco: { count: awaiting.toDispatch }
              }}</span>
            }
          </p>
          <ul class="waiting-list">
            @for (document of awaiting.items; track document.id) {
              <li [attr.data-document]="document.id">
                <a [routerLink]="['/documents', document.id]">{{
                  'documents.number' | transloco: { number: document.content.number }
                }}</a>
                · {{ document.content.beneficiary.name }} ·
                <span class="amount">{{ document.amount | tenge }}</span>
                <span class="muted">
                  ·
                  {{
                    (document.status === 'SIGNED' ? 'home.needsEds' : 'home.needsSignature') | transloco
                  }}</span
                >
              </li>
            }
          </ul>
        </section>
      }
    }
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
    /* Cards stacked with room between them, as the cards of every other page. */
    .waiting-for-me {
      margin-bottom: 1rem;
    }
    qb-account-card + qb-account-card {
      margin-top: 1rem;
    }
    .waiting-for-me h2 {
      font-size: 1.125rem;
      margin: 0 0 0.25rem;
    }
    .waiting-counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    .waiting-list {
      margin: 0;
      padding-left: 1.25rem;
    }
    .waiting-list li {
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent implements OnInit {
  protected readonly accounts = inject(AccountsStore);
  protected readonly session = inject(SessionStore);
  protected readonly navigation = inject(NavigationService);
  protected readonly awaitingMe = inject(AwaitingMeStore);

  ngOnInit(): void {
    this.accounts.refresh();
  }
}
