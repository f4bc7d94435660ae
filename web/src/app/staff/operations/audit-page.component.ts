import {
  ChangeDetectionStrategy,
  Component,
  type WritableSignal,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DateInputComponent } from '../../core/forms/date-input.component';
import { LocalDateTimePipe, LocalIntegerPipe } from '../../core/i18n/format.pipes';
import { opsError } from '../staff-errors';
import {
  AUDIT_FILTERS,
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
  OpsApi,
  auditCsvUrl,
} from './ops-api';
import { OpsPaginationComponent } from './ops-pagination.component';

type FilterName = (typeof AUDIT_FILTERS)[number];

const ACTOR_KINDS = ['CLIENT', 'STAFF', 'ANONYMOUS', 'SYSTEM'] as const;
/** What the text filters accept, as the API validates them: the page says so before it asks. */
const CODE = /^[A-Z0-9_]{2,80}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Every staff and client act the platform recorded (log-ins, refusals, signatures, changes,
 * operators' actions), newest first, filtered by who, what, how it ended, whose, about what and
 * when; the same filtered log downloads as CSV. The filters and the page are in the address.
 */
@Component({
  selector: 'qb-audit-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    DateInputComponent,
    LocalDateTimePipe,
    LocalIntegerPipe,
    OpsPaginationComponent,
  ],
  template: `
    <div class="page-header">
      <h1>{{ 'staff.ops.audit.heading' | transloco }}</h1>
      <a class="button csv" [href]="csvUrl()" download="audit.csv">{{ 'staff.ops.audit.csv' | transloco }}</a>
    </div>

    <form class="filters" (submit)="search($event)" novalidate>
      <div class="field">
        <label for="audit-actorKind">{{ 'staff.ops.audit.filters.actorKind' | transloco }}</label>
        <select id="audit-actorKind" (change)="set('actorKind', $event)">
          <option value="">{{ 'staff.ops.processes.any' | transloco }}</option>
          @for (kind of actorKinds; track kind) {
            <option [value]="kind" [selected]="form.actorKind() === kind">
              {{ 'staff.ops.audit.actorKind.' + kind | transloco }}
            </option>
          }
        </select>
      </div>
      @for (name of textFilters; track name) {
        <div class="field">
          <label [for]="'audit-' + name">{{ 'staff.ops.audit.filters.' + name | transloco }}</label>
          <input
            [id]="'audit-' + name"
            type="text"
            maxlength="100"
            [value]="form[name]()"
            [attr.aria-invalid]="invalid() === name"
            (input)="set(name, $event)"
          />
        </div>
      }
      @for (name of dayFilters; track name) {
        <div class="field">
          <label [for]="'audit-' + name">{{ 'staff.ops.audit.filters.' + name | transloco }}</label>
          <!-- dd.mm.yyyy in every language, not as the browser's own locale writes a date. -->
          <qb-date-input
            [inputId]="'audit-' + name"
            [value]="form[name]()"
            [invalid]="invalid() === name"
            (valueChange)="form[name].set($event)"
          />
        </div>
      }
      <div class="buttons">
        <button type="submit" class="button primary">{{ 'staff.ops.audit.apply' | transloco }}</button>
        <a class="button reset" routerLink="/staff/operations/audit">{{
          'staff.ops.processes.reset' | transloco
        }}</a>
      </div>
    </form>
    @if (invalid(); as invalid) {
      <p class="alert error" role="alert">
        {{
          'staff.ops.audit.invalid' | transloco: { field: ('staff.ops.audit.filters.' + invalid | transloco) }
        }}
      </p>
    }

    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    } @else if (found(); as found) {
      @if (found.items.length === 0) {
        <p class="empty">{{ 'staff.ops.audit.empty' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="data audit">
            <caption class="visually-hidden">
              {{
                'staff.ops.audit.heading' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'staff.ops.audit.columns.at' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.audit.columns.actor' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.audit.columns.action' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.audit.columns.outcome' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.audit.columns.subject' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.audit.columns.details' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of found.items; track entry.id) {
                <tr [attr.data-entry]="entry.id" [attr.data-action]="entry.action">
                  <td class="nowrap">{{ entry.at | localDateTime }}</td>
                  <td>
                    {{ entry.actorName ?? ('staff.ops.audit.actorKind.' + entry.actorKind | transloco) }}
                    @if (entry.actorName) {
                      <div class="muted small">
                        {{ 'staff.ops.audit.actorKind.' + entry.actorKind | transloco }}
                      </div>
                    }
                    @if (entry.ip) {
                      <div class="muted small mono">{{ entry.ip }}</div>
                    }
                  </td>
                  <td class="mono nowrap">{{ entry.action }}</td>
                  <td>
                    <span
                      class="badge outcome"
                      [attr.data-tone]="entry.outcome === 'SUCCESS' ? 'good' : 'bad'"
                      >{{
                        entry.outcome === 'SUCCESS' ? ('staff.ops.audit.success' | transloco) : entry.outcome
                      }}</span
                    >
                  </td>
                  <td>
                    @if (entry.subjectKind === 'PROCESS' && entry.subjectId) {
                      <a [routerLink]="['/staff/operations/processes', entry.subjectId]">{{
                        'staff.ops.audit.process' | transloco
                      }}</a>
                    } @else if (entry.subjectKind) {
                      {{ entry.subjectKind }}
                    }
                    @if (entry.subjectId) {
                      <div class="muted small mono">{{ entry.subjectId }}</div>
                    }
                  </td>
                  <td class="details small">
                    @for (detail of detailsOf(entry); track detail.name) {
                      <div>
                        {{ detail.name }}: <span class="mono">{{ detail.value }}</span>
                      </div>
                    }
                  </td>
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
          {{ 'staff.ops.audit.found' | transloco: { count: (found.total | localInteger) } }}
        </p>
      }
    } @else {
      <p>{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: `
    @use 'breakpoints';

    .filters {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 0.75rem 1rem;
      align-items: end;
      margin-bottom: 1.5rem;

      /* Below a wide screen, the side menu leaves four columns too narrow for their labels. */
      @include breakpoints.below(lg) {
        grid-template-columns: repeat(2, minmax(0, 1fr));
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
      font-size: 0.8125rem;
    }
    .nowrap {
      white-space: nowrap;
    }
    /* Long ids and details break anywhere, but no column narrows to a letter a line: on a phone the
       table scrolls instead. */
    td {
      min-width: 7rem;
      overflow-wrap: anywhere;
    }
    .details {
      min-width: 14rem;
      max-width: 24rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPageComponent {
  private readonly api = inject(OpsApi);
  private readonly router = inject(Router);

  /** Query parameters: the filters and the page (from 1). */
  readonly actorKind = input<string>();
  readonly actorId = input<string>();
  readonly action = input<string>();
  readonly outcome = input<string>();
  readonly organizationId = input<string>();
  readonly subjectId = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();

  protected readonly actorKinds = ACTOR_KINDS;
  protected readonly textFilters = AUDIT_FILTERS.filter(
    (name) => name !== 'actorKind' && name !== 'from' && name !== 'to',
  );
  protected readonly dayFilters = ['from', 'to'] as const;
  protected readonly form = Object.fromEntries(AUDIT_FILTERS.map((name) => [name, signal('')])) as Record<
    FilterName,
    WritableSignal<string>
  >;
  protected readonly invalid = signal<FilterName | undefined>(undefined);
  protected readonly found = signal<AuditPage | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  private readonly applied = signal<AuditFilter>({});
  protected readonly csvUrl = computed(() => auditCsvUrl(this.applied()));
  protected readonly pages = computed(() => {
    const found = this.found();
    return found ? Math.max(1, Math.ceil(found.total / found.pageSize)) : 1;
  });

  constructor() {
    effect(() => {
      const filter: AuditFilter = Object.fromEntries(
        AUDIT_FILTERS.map((name): [FilterName, string] => [name, this[name]()?.trim() ?? '']).filter(
          ([, value]) => value !== '',
        ),
      );
      const page = Number(this.page() ?? '1');
      for (const name of AUDIT_FILTERS) this.form[name].set(filter[name] ?? '');
      this.applied.set(filter);
      void this.load(filter, Number.isInteger(page) && page >= 1 ? page : 1);
    });
  }

  protected set(name: FilterName, event: Event): void {
    this.form[name].set((event.target as HTMLInputElement | HTMLSelectElement).value);
  }

  /** The details as the log keeps them, one per line (identifiers, counts and reasons, never a secret). */
  protected detailsOf(entry: AuditEntry): { name: string; value: string }[] {
    return Object.entries(entry.details ?? {}).map(([name, value]) => ({
      name,
      value: typeof value === 'string' ? value : JSON.stringify(value),
    }));
  }

  protected async search(event: Event): Promise<void> {
    event.preventDefault();
    const values = Object.fromEntries(
      AUDIT_FILTERS.map((name) => [name, this.form[name]().trim()]),
    ) as Record<FilterName, string>;
    const wrong = AUDIT_FILTERS.find((name) => values[name] !== '' && !acceptable(name, values[name]));
    this.invalid.set(wrong);
    if (wrong) return;
    await this.router.navigate([], {
      queryParams: {
        ...Object.fromEntries(AUDIT_FILTERS.map((name) => [name, values[name] || null])),
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

  private async load(filter: AuditFilter, page: number): Promise<void> {
    this.found.set(undefined);
    this.errorKey.set(undefined);
    try {
      this.found.set(await firstValueFrom(this.api.audit(filter, page)));
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    }
  }
}

/** Whether the API would take this filter: codes in capitals, a client's id a UUID, days as YYYY-MM-DD. */
function acceptable(name: FilterName, value: string): boolean {
  if (name === 'action' || name === 'outcome') return CODE.test(value);
  if (name === 'organizationId') return UUID.test(value);
  if (name === 'from' || name === 'to') return DAY.test(value);
  return true;
}
