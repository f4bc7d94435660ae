import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DateInputComponent } from '../core/forms/date-input.component';
import { isIsoDay } from '../core/forms/day-text';
import { API_BASE_PATH, ApiClient } from '../core/http/api-client';
import { apiProblemOf } from '../core/http/api-error';
import { IbanPipe, LocalDateTimePipe, MoneyPipe } from '../core/i18n/format.pipes';
import { LanguageService } from '../core/i18n/language.service';
import { AccountCardComponent } from './account-card.component';
import { AccountsStore } from './accounts.store';
import { STATEMENT_FORMATS, type PeriodStatementView, type StatementFormat } from './statement';
import { QUICK_PERIODS, type QuickPeriod, type StatementPeriod, quickPeriod } from './statement-period';

type StatementState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly statement: PeriodStatementView }
  | { readonly kind: 'failed'; readonly key: string };

/** Refusals of a period the user can fix, each with its own words. */
const PERIOD_REFUSALS = new Set(['ORG_STATEMENT_PERIOD_REVERSED', 'ORG_STATEMENT_PERIOD_TOO_LONG']);

/**
 * One account's statement for a period (this month unless the user picks another): balances at
 * both ends, turnovers, the entries with their counterparties, a search, and the same statement
 * as a PDF, an Excel workbook or a 1C file in the language on screen. Desktop and Mobile alike.
 */
@Component({
  selector: 'qb-account-statement-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    IbanPipe,
    MoneyPipe,
    LocalDateTimePipe,
    AccountCardComponent,
    DateInputComponent,
  ],
  templateUrl: './account-statement-page.component.html',
  styleUrl: './account-statement-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountStatementPageComponent {
  private readonly api = inject(ApiClient);
  private readonly accounts = inject(AccountsStore);
  private readonly language = inject(LanguageService).language;

  /** Route parameter. */
  readonly iban = input.required<string>();

  protected readonly quickPeriods = QUICK_PERIODS;
  protected readonly formats = STATEMENT_FORMATS;
  protected readonly period = signal<StatementPeriod>(quickPeriod('thisMonth', new Date()));
  protected readonly search = signal('');
  protected readonly state = signal<StatementState>({ kind: 'loading' });
  protected readonly account = computed(() => this.accounts.accounts().find((a) => a.iban === this.iban()));
  protected readonly statement = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.statement : undefined;
  });
  protected readonly failedKey = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.key : '';
  });
  /** The search runs on the page: the statement is already here, and every key shows at once. */
  protected readonly shown = computed(() => {
    const entries = this.statement()?.entries ?? [];
    const needle = this.search().trim().toLocaleLowerCase();
    if (!needle) return entries;
    return entries.filter((entry) =>
      [
        entry.counterpartyName,
        entry.counterpartyIban,
        entry.counterpartyBinIin,
        entry.knp,
        entry.documentNumber,
      ]
        .concat(entry.purpose, entry.amount.replace('-', ''))
        .some((field) => field?.toLocaleLowerCase().includes(needle)),
    );
  });

  constructor() {
    this.accounts.refresh();
    effect((onCleanup) => {
      const iban = this.iban();
      const { from, to } = this.period();
      this.state.set({ kind: 'loading' });
      const request = this.api
        .get<PeriodStatementView>(`/accounts/${encodeURIComponent(iban)}/statement/period`, {
          params: { from, to },
        })
        .subscribe({
          next: (statement) => this.state.set({ kind: 'loaded', statement }),
          error: (error: unknown) => {
            const { code } = apiProblemOf(error);
            this.state.set({
              kind: 'failed',
              key: PERIOD_REFUSALS.has(code) ? `statement.errors.${code}` : 'statement.failed',
            });
          },
        });
      onCleanup(() => request.unsubscribe());
    });
  }

  protected isQuick(kind: QuickPeriod): boolean {
    const quick = quickPeriod(kind, new Date());
    return quick.from === this.period().from && quick.to === this.period().to;
  }

  protected useQuick(kind: QuickPeriod): void {
    this.period.set(quickPeriod(kind, new Date()));
  }

  /** A date applies once it is a whole day; a half-typed one waits. */
  protected setDay(end: 'from' | 'to', value: string): void {
    if (isIsoDay(value)) this.period.update((period) => ({ ...period, [end]: value }));
  }

  protected searchFor(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  /** A plain link: the browser downloads the file with the session's cookie, as any GET. */
  protected exportUrl(format: StatementFormat): string {
    const { from, to } = this.period();
    const query = new URLSearchParams({ from, to, format, language: this.language() });
    return `${API_BASE_PATH}/accounts/${encodeURIComponent(this.iban())}/statement/export?${query}`;
  }
}
