import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '@qoltanba/workflows/domain';
import { AccountsStore } from '../../accounts/accounts.store';
import { DateInputComponent } from '../../core/forms/date-input.component';
import { isIsoDay } from '../../core/forms/day-text';
import { IbanPipe } from '../../core/i18n/format.pipes';
import type { DocumentFilters } from '../document';

/** Status, type, account and date filters; every change applies at once (and lands in the URL). */
@Component({
  selector: 'qb-document-filters',
  imports: [TranslocoPipe, IbanPipe, DateInputComponent],
  template: `
    <form
      class="filters filter-grid"
      role="search"
      [attr.aria-label]="'filters.label' | transloco"
      (submit)="$event.preventDefault()"
    >
      <div class="field">
        <label for="filter-status">{{ 'filters.status' | transloco }}</label>
        <select id="filter-status" (change)="set('status', $event)">
          <option value="" [selected]="!filters().status">{{ 'filters.any' | transloco }}</option>
          @for (status of statuses; track status) {
            <option [value]="status" [selected]="filters().status === status">
              {{ 'status.' + status | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-type">{{ 'filters.type' | transloco }}</label>
        <select id="filter-type" (change)="set('type', $event)">
          <option value="" [selected]="!filters().type">{{ 'filters.any' | transloco }}</option>
          @for (type of types; track type) {
            <option [value]="type" [selected]="filters().type === type">
              {{ 'documentType.' + type | transloco }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-account">{{ 'filters.account' | transloco }}</label>
        <select id="filter-account" (change)="set('account', $event)">
          <option value="" [selected]="!filters().account">{{ 'filters.any' | transloco }}</option>
          @for (account of accounts.accounts(); track account.id) {
            <option [value]="account.iban" [selected]="filters().account === account.iban">
              {{ account.iban | iban }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-from">{{ 'filters.from' | transloco }}</label>
        <qb-date-input
          inputId="filter-from"
          [value]="filters().from ?? ''"
          (committed)="setDay('from', $event)"
        />
      </div>
      <div class="field">
        <label for="filter-to">{{ 'filters.to' | transloco }}</label>
        <qb-date-input inputId="filter-to" [value]="filters().to ?? ''" (committed)="setDay('to', $event)" />
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
export class DocumentFiltersComponent {
  protected readonly accounts = inject(AccountsStore);
  protected readonly statuses = DOCUMENT_STATUSES;
  protected readonly types = DOCUMENT_TYPES;

  readonly filters = input.required<DocumentFilters>();
  /** The new filters, from the first page. */
  readonly changed = output<DocumentFilters>();

  protected set(key: 'status' | 'type' | 'account', event: Event): void {
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
