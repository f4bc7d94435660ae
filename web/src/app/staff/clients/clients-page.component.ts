import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LocalDatePipe } from '../../core/i18n/format.pipes';
import { type ClientSummary, StaffApi } from '../staff-api';
import { staffError } from '../staff-errors';

/** Managers find a client by BIN/IIN, name, account IBAN or a user's phone (the query is in the URL). */
@Component({
  selector: 'qb-clients-page',
  imports: [RouterLink, TranslocoPipe, LocalDatePipe],
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
    } @else if (results(); as results) {
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientsPageComponent {
  private readonly api = inject(StaffApi);
  private readonly router = inject(Router);

  /** Query parameter: what was searched. */
  readonly q = input<string>();

  protected readonly text = signal('');
  protected readonly results = signal<ClientSummary[] | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);

  constructor() {
    effect(() => {
      const q = this.q() ?? '';
      this.text.set(q);
      void this.load(q);
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async search(event: Event): Promise<void> {
    event.preventDefault();
    await this.router.navigate([], { queryParams: { q: this.text().trim() || null } });
  }

  private async load(q: string): Promise<void> {
    this.results.set(undefined);
    this.errorKey.set(undefined);
    try {
      this.results.set(await firstValueFrom(this.api.searchClients(q.trim())));
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    }
  }
}
