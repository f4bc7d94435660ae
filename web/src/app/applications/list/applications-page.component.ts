import { SessionStore } from '../../core/auth/session.store';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccountsStore } from '../../accounts/accounts.store';
import { IbanPipe, LocalDatePipe, LocalIntegerPipe } from '../../core/i18n/format.pipes';
import { LayoutService } from '../../core/layout/layout.service';
import { StatusBadgeComponent } from '../../core/process/status-badge.component';
import { PROCESS_ITEM_TYPES, type ProcessFilters, type ProcessItem } from '../application';
import { PROCESS_PAGE_SIZE } from '../applications-api';
import { MoneyPipe } from '../money';
import { ProcessFiltersComponent } from './process-filters.component';
import { ProcessesListStore } from './processes-list.store';

/** Where a row opens: payments on the documents' page, the rest on the application's. */
export function detailLink(item: Pick<ProcessItem, 'id' | 'type'>): string[] {
  return item.type === 'payment' ? ['/documents', item.id] : ['/applications', item.id];
}

/**
 * "My applications" (status tracking, domain §8): every payment, application and cancellation the
 * organization sent, newest first, filtered and paginated through the URL and updated live, with
 * how many await the signed-in user on top.
 */
@Component({
  selector: 'qb-applications-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    IbanPipe,
    LocalDatePipe,
    LocalIntegerPipe,
    MoneyPipe,
    StatusBadgeComponent,
    ProcessFiltersComponent,
  ],
  providers: [ProcessesListStore],
  templateUrl: './applications-page.component.html',
  styleUrl: './applications-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationsPageComponent {
  private readonly router = inject(Router);
  protected readonly store = inject(ProcessesListStore);
  protected readonly layout = inject(LayoutService);
  protected readonly session = inject(SessionStore);
  protected readonly link = detailLink;

  // Query parameters, bound by the router.
  readonly type = input<string>();
  readonly kind = input<string>();
  readonly status = input<string>();
  readonly account = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();

  protected readonly filters = computed((): ProcessFilters => ({
    type: (PROCESS_ITEM_TYPES as readonly string[]).includes(this.type() ?? '')
      ? (this.type() as ProcessItem['type'])
      : undefined,
    kind: this.kind() || undefined,
    status: this.status() || undefined,
    account: this.account() || undefined,
    from: this.from() || undefined,
    to: this.to() || undefined,
    page: Math.max(1, Number(this.page()) || 1),
  }));
  private readonly loaded = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.page : undefined;
  });
  protected readonly items = computed(() => this.loaded()?.items ?? []);
  protected readonly awaitingMe = computed(() => this.loaded()?.awaitingMe ?? 0);
  protected readonly total = computed(() => this.loaded()?.total ?? 0);
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / PROCESS_PAGE_SIZE)));
  protected readonly currentPage = computed(() => this.filters().page ?? 1);

  constructor() {
    effect(() => this.store.load(this.filters()));
    inject(AccountsStore).ensureLoaded();
  }

  protected applyFilters(filters: ProcessFilters): void {
    void this.router.navigate([], { queryParams: { ...filters, page: undefined } });
  }

  protected goToPage(page: number): void {
    if (page < 1 || page > this.pages()) return;
    void this.router.navigate([], {
      queryParams: { page: page > 1 ? page : undefined },
      queryParamsHandling: 'merge',
    });
  }
}
