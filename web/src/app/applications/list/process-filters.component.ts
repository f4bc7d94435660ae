import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { APPLICATION_KINDS, APPLICATION_STATUSES, DOCUMENT_STATUSES } from '@qoltanba/workflows/domain';
import { AccountsStore } from '../../accounts/accounts.store';
import { DateInputComponent } from '../../core/forms/date-input.component';
import { isIsoDay } from '../../core/forms/day-text';
import { IbanPipe } from '../../core/i18n/format.pipes';
import { PROCESS_ITEM_TYPES, type ProcessFilters } from '../application';

/** Every status a payment or an application can be in, each once. */
const STATUSES = [...new Set<string>([...APPLICATION_STATUSES, ...DOCUMENT_STATUSES])];
const KINDS = ['TENGE_PAYMENT', ...APPLICATION_KINDS] as const;

type FilterKey = 'type' | 'kind' | 'status' | 'account' | 'from' | 'to';

/** What, kind, status, account and period; every change applies at once (and lands in the URL). */
@Component({
  selector: 'qb-process-filters',
  imports: [TranslocoPipe, IbanPipe, DateInputComponent],
  template: `
    <form
      class="filters filter-grid"
      role="search"
      [attr.aria-label]="'filters.label' | transloco"
      (submit)="$event.preventDefault()"
    >
      <div class="field">
        <label for="pf-filter-type">{{ 'processes.filters.type' | transloco }}</label>
        <select id="pf-filter-type" (change)="set('type', $event)">
          <option value="" [selected]="!filters().type">{{ 'filters.any' | transloco }}</option>
          @for (type of types; track type) {
            <option [value]="type" [selected]="filters().type === type">
              {{ 'processes.type.' + type | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="pf-filter-kind">{{ 'processes.filters.kind' | transloco }}</label>
        <select id="pf-filter-kind" (change)="set('kind', $event)">
          <option value="" [selected]="!filters().kind">{{ 'filters.any' | transloco }}</option>
          @for (kind of kinds; track kind) {
            <option [value]="kind" [selected]="filters().kind === kind">
              {{ 'applicationKind.' + kind | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="pf-filter-status">{{ 'filters.status' | transloco }}</label>
        <select id="pf-filter-status" (change)="set('status', $event)">
          <option value="" [selected]="!filters().status">{{ 'filters.any' | transloco }}</option>
          @for (status of statuses; track status) {
            <option [value]="status" [selected]="filters().status === status">
              {{ 'status.' + status | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="pf-filter-account">{{ 'filters.account' | transloco }}</label>
        <select id="pf-filter-account" (change)="set('account', $event)">
          <option value="" [selected]="!filters().account">{{ 'filters.any' | transloco }}</option>
          @for (account of accounts.accounts(); track account.id) {
            <option [value]="account.iban" [selected]="filters().account === account.iban">
              {{ account.iban | iban }} · {{ account.currency }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="pf-filter-from">{{ 'filters.from' | transloco }}</label>
        <qb-date-input
          inputId="pf-filter-from"
          [value]="filters().from ?? ''"
          (committed)="setDay('from', $event)"
        />
      </div>
      <div class="field">
        <label for="pf-filter-to">{{ 'filters.to' | transloco }}</label>
        <qb-date-input
          inputId="pf-filter-to"
          [value]="filters().to ?? ''"
          (committed)="setDay('to', $event)"
        />
      </div>
      <div class="reset">
        <button type="button" class="button" (click)="changed.emit({})">
          {{ 'filters.reset' | transloco }}
        </button>
      </div>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessFiltersComponent {
  protected readonly accounts = inject(AccountsStore);
  protected readonly types = PROCESS_ITEM_TYPES;
  protected readonly kinds = KINDS;
  protected readonly statuses = STATUSES;

  readonly filters = input.required<ProcessFilters>();
  /** The new filters, from the first page. */
  readonly changed = output<ProcessFilters>();

  protected set(key: FilterKey, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    const { page: _page, ...rest } = this.filters();
    this.changed.emit({ ...rest, [key]: value || undefined });
  }

  /** A date filter applies once the text is a whole day (or empty), not at every half-typed text. */
  protected setDay(key: 'from' | 'to', value: string): void {
    if (value !== '' && !isIsoDay(value)) return;
    const { page: _page, ...rest } = this.filters();
    this.changed.emit({ ...rest, [key]: value || undefined });
  }
}
