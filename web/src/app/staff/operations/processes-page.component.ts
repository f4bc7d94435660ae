import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LocalDateTimePipe, LocalIntegerPipe } from '../../core/i18n/format.pipes';
import { opsError } from '../staff-errors';
import { DurationComponent } from './duration.component';
import {
  type AwaitedParty,
  OpsApi,
  type OpsProcessCount,
  type OpsProcessPage,
  type ProcessFilter,
  type ProcessType,
} from './ops-api';
import { OpsPaginationComponent } from './ops-pagination.component';
import { ProcessStatusComponent } from './process-status.component';
import { AWAITED_PARTIES, PROCESS_TYPES, kindKey, statusKey } from './process-words';

interface KindCounts {
  readonly type: ProcessType;
  readonly total: number;
  readonly statuses: readonly { readonly status: string; readonly count: number }[];
}

/**
 * The operators' and auditors' home: how many processes of each kind are in each status (each a link
 * that filters the list), then every process, last moved first, filtered by kind, status, awaited
 * party or a search by id, BIN/IIN or payment number. The filters and the page are in the address.
 */
@Component({
  selector: 'qb-processes-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LocalDateTimePipe,
    LocalIntegerPipe,
    DurationComponent,
    OpsPaginationComponent,
    ProcessStatusComponent,
  ],
  template: `
    <div class="page-header">
      <h1>{{ 'staff.operations.heading' | transloco }}</h1>
      <a class="button" routerLink="/staff/operations/stuck">{{ 'staff.ops.nav.stuck' | transloco }}</a>
    </div>

    <section class="card counts" aria-labelledby="counts-heading">
      <h2 id="counts-heading">{{ 'staff.ops.processes.counts' | transloco }}</h2>
      @if (counts(); as counts) {
        @if (counts.length === 0) {
          <p class="muted">{{ 'staff.ops.processes.noCounts' | transloco }}</p>
        }
        <div class="kinds">
          @for (kind of counts; track kind.type) {
            <div class="kind" [attr.data-kind]="kind.type">
              <h3>
                <a routerLink="/staff/operations" [queryParams]="{ type: kind.type }">{{
                  'staff.ops.type.' + kind.type | transloco
                }}</a>
                <span class="kind-total">{{ kind.total | localInteger }}</span>
              </h3>
              <ul>
                @for (each of kind.statuses; track each.status) {
                  @let words = statusWords(kind.type, each.status);
                  <li>
                    <a
                      routerLink="/staff/operations"
                      [queryParams]="{ type: kind.type, status: each.status }"
                      [attr.data-count]="kind.type + ':' + each.status"
                      [title]="each.status"
                      >{{ words ? (words | transloco) : each.status }}</a
                    >
                    <span class="count">{{ each.count | localInteger }}</span>
                  </li>
                }
              </ul>
            </div>
          }
        </div>
      } @else if (countsErrorKey(); as countsErrorKey) {
        <p class="alert error" role="alert">{{ countsErrorKey | transloco }}</p>
      } @else {
        <p>{{ 'common.loading' | transloco }}</p>
      }
    </section>

    <form class="filters" role="search" (submit)="search($event)">
      <div class="field">
        <label for="ops-type">{{ 'staff.ops.processes.kind' | transloco }}</label>
        <select id="ops-type" name="type" (change)="chooseType(value($event))">
          <option value="">{{ 'staff.ops.processes.any' | transloco }}</option>
          @for (type of types; track type) {
            <option [value]="type" [selected]="form.type() === type">
              {{ 'staff.ops.type.' + type | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="ops-status">{{ 'staff.ops.processes.status' | transloco }}</label>
        <select id="ops-status" name="status" (change)="form.status.set(value($event))">
          <option value="">{{ 'staff.ops.processes.any' | transloco }}</option>
          @for (option of statusOptions(); track option.code) {
            <option [value]="option.code" [selected]="form.status() === option.code">
              {{ option.key ? (option.key | transloco) + ' · ' + option.code : option.code }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="ops-awaiting">{{ 'staff.ops.processes.awaiting' | transloco }}</label>
        <select id="ops-awaiting" name="awaiting" (change)="form.awaiting.set(value($event))">
          <option value="">{{ 'staff.ops.processes.any' | transloco }}</option>
          @for (party of parties; track party) {
            <option [value]="party" [selected]="form.awaiting() === party">
              {{ 'staff.ops.awaiting.' + party | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field wide">
        <label for="ops-search">{{ 'staff.ops.processes.search' | transloco }}</label>
        <input
          id="ops-search"
          name="q"
          type="search"
          maxlength="100"
          [value]="form.q()"
          (input)="form.q.set(value($event))"
        />
      </div>
      <div class="buttons">
        <button type="submit" class="button primary">{{ 'staff.ops.processes.find' | transloco }}</button>
        <a class="button reset" routerLink="/staff/operations">{{
          'staff.ops.processes.reset' | transloco
        }}</a>
      </div>
    </form>

    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    } @else if (found(); as found) {
      @if (found.items.length === 0) {
        <p class="empty">{{ 'staff.ops.processes.empty' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="data processes">
            <caption class="visually-hidden">
              {{
                'staff.ops.processes.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'staff.ops.processes.columns.kind' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.processes.columns.process' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.processes.columns.client' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.processes.columns.status' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.processes.columns.awaiting' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.processes.columns.age' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.processes.columns.updated' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (process of found.items; track process.id) {
                @let subKind = kindWords(process.type, process.kind);
                <tr [attr.data-process]="process.id">
                  <td>
                    {{ 'staff.ops.type.' + process.type | transloco }}
                    @if (subKind) {
                      <div class="muted small">{{ subKind | transloco }}</div>
                    }
                  </td>
                  <td>
                    <a [routerLink]="['/staff/operations/processes', process.id]">{{ process.title }}</a>
                  </td>
                  <td>
                    @if (process.organization; as organization) {
                      {{ organization.name }}
                      <div class="mono muted small">{{ organization.binIin }}</div>
                    } @else {
                      —
                    }
                  </td>
                  <td><qb-process-status [type]="process.type" [status]="process.status" /></td>
                  <td [attr.data-awaiting]="process.awaiting">
                    {{ 'staff.ops.awaiting.' + process.awaiting | transloco }}
                  </td>
                  <td class="nowrap"><qb-duration [seconds]="ageOf(process.createdAt)" /></td>
                  <td class="nowrap">{{ process.updatedAt | localDateTime }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (pages() > 1) {
        <qb-ops-pagination [page]="found.page" [pages]="pages()" (go)="goToPage($event)" />
      }
      @if (found.total > 0) {
        <p class="muted total">
          {{ 'staff.ops.processes.found' | transloco: { count: (found.total | localInteger) } }}
        </p>
      }
    } @else {
      <p>{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: `
    @use 'breakpoints';

    .counts {
      margin-bottom: 1.5rem;
    }
    .counts h2 {
      margin-top: 0;
    }
    .kinds {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 1rem 1.5rem;
    }
    .kind h3 {
      display: flex;
      gap: 0.5rem;
      justify-content: space-between;
      margin: 0 0 0.25rem;
      font-size: 1rem;
    }
    .kind ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .kind li {
      display: flex;
      gap: 0.5rem;
      justify-content: space-between;
      padding: 0.125rem 0;
    }
    .count,
    .kind-total {
      font-variant-numeric: tabular-nums;
    }
    .filters {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 12rem)) minmax(0, 1fr);
      gap: 0.75rem 1rem;
      align-items: end;
      margin-bottom: 1.5rem;

      /* Below a wide screen, the side menu leaves too little for three lists and the search. */
      @include breakpoints.below(lg) {
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));

        .wide {
          grid-column: 1 / -1;
        }
      }
    }
    .filters .buttons {
      display: flex;
      grid-column: 1 / -1;
      gap: 0.5rem;
    }
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
    .small {
      font-size: 0.875rem;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessesPageComponent {
  private readonly api = inject(OpsApi);
  private readonly router = inject(Router);

  /** Query parameters: the filters and the page (from 1). */
  readonly type = input<string>();
  readonly status = input<string>();
  readonly awaiting = input<string>();
  readonly q = input<string>();
  readonly page = input<string>();

  protected readonly types = PROCESS_TYPES;
  protected readonly parties = AWAITED_PARTIES;
  protected readonly form = {
    type: signal(''),
    status: signal(''),
    awaiting: signal(''),
    q: signal(''),
  };

  private readonly countRows = signal<OpsProcessCount[] | undefined>(undefined);
  protected readonly countsErrorKey = signal<string | undefined>(undefined);
  protected readonly found = signal<OpsProcessPage | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly pages = computed(() => {
    const found = this.found();
    return found ? Math.max(1, Math.ceil(found.total / found.pageSize)) : 1;
  });
  private loadedAt = Date.now();

  /** The counts by kind, then by status (whoever is awaited), in the order of the kinds. */
  protected readonly counts = computed((): KindCounts[] | undefined => {
    const rows = this.countRows();
    if (!rows) return undefined;
    return PROCESS_TYPES.flatMap((type) => {
      const statuses = new Map<string, number>();
      for (const row of rows.filter((each) => each.type === type))
        statuses.set(row.status, (statuses.get(row.status) ?? 0) + row.count);
      if (statuses.size === 0) return [];
      const list = [...statuses].map(([status, count]) => ({ status, count }));
      return [{ type, total: list.reduce((sum, each) => sum + each.count, 0), statuses: list }];
    });
  });

  /** The statuses the chosen kind has (from the counts), or every status when no kind is chosen. */
  protected readonly statusOptions = computed(() => {
    const type = this.form.type() as ProcessType | '';
    const rows = (this.countRows() ?? []).filter((row) => !type || row.type === type);
    const codes = new Set(rows.map((row) => row.status));
    if (this.form.status()) codes.add(this.form.status());
    return [...codes].sort().map((code) => ({ code, key: type ? statusKey(type, code) : undefined }));
  });

  constructor() {
    void this.loadCounts();
    effect(() => {
      const filter = this.filter();
      const page = Number(this.page() ?? '1');
      this.form.type.set(filter.type ?? '');
      this.form.status.set(filter.status ?? '');
      this.form.awaiting.set(filter.awaiting ?? '');
      this.form.q.set(filter.q ?? '');
      void this.load(filter, Number.isInteger(page) && page >= 1 ? page : 1);
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected statusWords(type: ProcessType, status: string): string | undefined {
    return statusKey(type, status);
  }

  protected kindWords(type: ProcessType, kind: string | null): string | undefined {
    return kindKey(type, kind);
  }

  protected ageOf(createdAt: string): number {
    return (this.loadedAt - Date.parse(createdAt)) / 1000;
  }

  /** Another kind has other statuses: the chosen status goes. */
  protected chooseType(type: string): void {
    this.form.type.set(type);
    this.form.status.set('');
  }

  protected async search(event: Event): Promise<void> {
    event.preventDefault();
    const or = (text: string) => text.trim() || null;
    await this.router.navigate([], {
      queryParams: {
        type: or(this.form.type()),
        status: or(this.form.status()),
        awaiting: or(this.form.awaiting()),
        q: or(this.form.q()),
        page: null,
      },
    });
  }

  protected async goToPage(page: number): Promise<void> {
    await this.router.navigate([], {
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
  }

  /** The filters in the address, those that are not what the API takes left out. */
  private filter(): ProcessFilter {
    const type = this.type();
    const awaiting = this.awaiting();
    return {
      ...((PROCESS_TYPES as readonly string[]).includes(type ?? '') ? { type: type as ProcessType } : {}),
      ...(this.status() ? { status: this.status() } : {}),
      ...((AWAITED_PARTIES as readonly string[]).includes(awaiting ?? '')
        ? { awaiting: awaiting as AwaitedParty }
        : {}),
      ...(this.q()?.trim() ? { q: this.q()!.trim() } : {}),
    };
  }

  private async loadCounts(): Promise<void> {
    try {
      this.countRows.set(await firstValueFrom(this.api.counts()));
    } catch (error) {
      this.countsErrorKey.set(opsError(error).key);
    }
  }

  private async load(filter: ProcessFilter, page: number): Promise<void> {
    this.found.set(undefined);
    this.errorKey.set(undefined);
    try {
      const found = await firstValueFrom(this.api.processes(filter, page));
      this.loadedAt = Date.now();
      this.found.set(found);
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    }
  }
}
