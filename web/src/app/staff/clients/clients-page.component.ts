import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LocalDatePipe, LocalIntegerPipe } from '../../core/i18n/format.pipes';
import { type ClientSearchPage, StaffApi } from '../staff-api';
import { staffError } from '../staff-errors';

/**
 * Managers find a client by BIN/IIN, name, account IBAN or a user's phone; with nothing typed, every
 * client, newest first. The query and the page are in the URL, so back and reload keep them.
 */
@Component({
  selector: 'qb-clients-page',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe, LocalIntegerPipe],
  template: `
    <div class="page-header">
      <h1>{{ 'staff.clients.heading' | transloco }}</h1>
      <a class="button primary" routerLink="/staff/clients/new">{{
        'staff.clients.newClient' | transloco
      }}</a>
    </div>
    <form class="search" role="search" (submit)="search($event)">
      <label for="client-search">{{ 'staff.clients.searchLabel' | transloco }}</label>
      <div class="row">
        <input id="client-search" name="q" type="search" [value]="text()" (input)="text.set(value($event))" />
        <button type="submit" class="button">{{ 'staff.clients.submit' | transloco }}</button>
      </div>
    </form>
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    } @else if (found(); as found) {
      @let results = found.items;
      @if (results.length === 0) {
        <p class="empty">{{ 'staff.clients.empty' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="data clients">
            <caption class="visually-hidden">
              {{
                'staff.clients.heading' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'staff.clients.name' | transloco }}</th>
                <th scope="col">{{ 'staff.clients.binIin' | transloco }}</th>
                <th scope="col" class="number">{{ 'staff.clients.accounts' | transloco }}</th>
                <th scope="col" class="number">{{ 'staff.clients.users' | transloco }}</th>
                <th scope="col">{{ 'staff.clients.standard' | transloco }}</th>
                <th scope="col">{{ 'staff.clients.since' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (client of results; track client.id) {
                <tr [attr.data-client]="client.binIin">
                  <td>
                    <a [routerLink]="['/staff/clients', client.id]">{{ client.name }}</a>
                  </td>
                  <td class="mono">{{ client.binIin }}</td>
                  <td class="number">{{ client.accounts }}</td>
                  <td class="number">{{ client.users }}</td>
                  <td>{{ (client.standardConnected ? 'staff.yes' : 'staff.no') | transloco }}</td>
                  <td class="nowrap">{{ client.createdAt | localDate }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (pages() > 1) {
        <nav class="pagination" [attr.aria-label]="'documents.pagination' | transloco">
          <button
            type="button"
            class="button previous"
            [attr.aria-disabled]="found.page <= 1"
            (click)="found.page > 1 && goToPage(found.page - 1)"
          >
            {{ 'documents.previous' | transloco }}
          </button>
          <span>{{ 'documents.pageOf' | transloco: { page: found.page, pages: pages() } }}</span>
          <button
            type="button"
            class="button next"
            [attr.aria-disabled]="found.page >= pages()"
            (click)="found.page < pages() && goToPage(found.page + 1)"
          >
            {{ 'documents.next' | transloco }}
          </button>
        </nav>
      }
      @if (found.total > 0) {
        <p class="muted total">
          {{ 'staff.clients.found' | transloco: { count: (found.total | localInteger) } }}
        </p>
      }
    } @else {
      <p>{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: `
    .search {
      margin-bottom: 1.5rem;
    }
    .row {
      display: flex;
      gap: 0.5rem;
      max-width: 36rem;
    }
    .row input {
      flex: 1;
    }
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
    .nowrap {
      white-space: nowrap;
    }
    .pagination {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientsPageComponent {
  private readonly api = inject(StaffApi);
  private readonly router = inject(Router);

  /** Query parameter: what was searched. */
  readonly q = input<string>();
  /** Query parameter: the page of the results (from 1). */
  readonly page = input<string>();

  protected readonly text = signal('');
  protected readonly found = signal<ClientSearchPage | undefined>(undefined);
  protected readonly pages = computed(() => {
    const found = this.found();
    return found ? Math.max(1, Math.ceil(found.total / found.pageSize)) : 1;
  });
  protected readonly errorKey = signal<string | undefined>(undefined);

  constructor() {
    effect(() => {
      const q = this.q() ?? '';
      const page = Number(this.page() ?? '1');
      this.text.set(q);
      void this.load(q, Number.isInteger(page) && page >= 1 ? page : 1);
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async search(event: Event): Promise<void> {
    event.preventDefault();
    await this.router.navigate([], { queryParams: { q: this.text().trim() || null, page: null } });
  }

  protected async goToPage(page: number): Promise<void> {
    await this.router.navigate([], {
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  private async load(q: string, page: number): Promise<void> {
    this.found.set(undefined);
    this.errorKey.set(undefined);
    try {
      this.found.set(await firstValueFrom(this.api.searchClients(q.trim(), page)));
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    }
  }
}
