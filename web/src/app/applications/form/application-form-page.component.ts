import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  FORM_APPLICATION_KINDS,
  type FormApplicationKind,
  NATIONAL_CURRENCY,
  almatyDate,
  ApplicationRejectionCode,
} from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import type { AccountView } from '../../accounts/account';
import { AccountsStore } from '../../accounts/accounts.store';
import { type FieldMessage, FormFieldComponent } from '../../core/forms/form-field.component';
import { FormDrafts } from '../../core/forms/form-drafts';
import { OutdatedEditComponent } from '../../core/forms/outdated-edit.component';
import { SavedVersionNoticeComponent } from '../../core/forms/saved-version-notice.component';
import { type ApiViolation, apiProblemOf } from '../../core/http/api-error';
import { IbanPipe, LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import type { ApplicationView, AttachmentRef, ExchangeRateView } from '../application';
import { applicationErrorKey, violationMessage } from '../application-errors';
import { ApplicationsApi } from '../applications-api';
import { DecimalPipe } from '../money';
import {
  APPLICATION_FORMS,
  type AccountFilter,
  type FieldSpec,
  fieldId,
  fieldsOf,
} from './application-fields';
import {
  createBodyOf,
  fieldOfViolation,
  isRequired,
  isVisible,
  missingFields,
  requestOf,
  valuesOf,
} from './application-form';

/** The edit came over a revision someone has replaced since: the form offers the saved version. */
const OUTDATED_KEY = `applicationErrors.${ApplicationRejectionCode.CHANGED}`;

/** Currencies offered besides those of the organization's own accounts. */
const COMMON_CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY', 'GBP', 'TRY', 'AED'];
/** A letter carries at most this many files (contract). */
export const MAX_ATTACHMENTS = 5;

const EXCHANGE_KINDS: ReadonlySet<FormApplicationKind> = new Set([
  'CURRENCY_PURCHASE',
  'CURRENCY_SALE',
  'CURRENCY_CONVERSION',
]);

/**
 * Create or edit an application of any kind: one form drawn from the kind's declared fields
 * (application-fields.ts). Before sending it checks only that required fields are filled; the
 * server checks the rest, and each of its violations shows under the field its path names.
 */
@Component({
  selector: 'qb-application-form-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    IbanPipe,
    LocalDateTimePipe,
    DecimalPipe,
    FormFieldComponent,
    OutdatedEditComponent,
    SavedVersionNoticeComponent,
  ],
  templateUrl: './application-form-page.component.html',
  styleUrl: './application-form-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationFormPageComponent {
  private readonly applications = inject(ApplicationsApi);
  private readonly router = inject(Router);
  private readonly dom = inject(DOCUMENT);
  private readonly language = inject(LanguageService).language;
  protected readonly accounts = inject(AccountsStore);
  private readonly drafts = inject(FormDrafts);
  /** The form came back as the user left it when their session ended (FormDrafts). */
  protected readonly restored = signal(false);
  /** The version saved last was opened after APPLICATION_CHANGED: the user makes their change again. */
  protected readonly savedVersionShown = signal(false);

  /** Route parameters: the kind of a new application, or the application being edited. */
  readonly kind = input<string>();
  readonly id = input<string>();

  protected readonly editing = signal<ApplicationView | undefined>(undefined);
  protected readonly formKind = computed((): FormApplicationKind | undefined => {
    const editing = this.editing();
    if (editing) return editing.kind === 'CANCELLATION' ? undefined : editing.kind;
    const kind = this.kind();
    return (FORM_APPLICATION_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as FormApplicationKind)
      : undefined;
  });
  protected readonly form = computed(() => {
    const kind = this.formKind();
    return kind ? APPLICATION_FORMS[kind] : undefined;
  });

  protected readonly values = signal<Readonly<Record<string, string>>>({});
  protected readonly attachments = signal<readonly AttachmentRef[]>([]);
  protected readonly uploading = signal(false);
  protected readonly submitted = signal(false);
  protected readonly serverViolations = signal<ReadonlyMap<string, readonly ApiViolation[]>>(new Map());
  /** Violations of no field on the form (the content as a whole). */
  protected readonly otherViolations = signal<readonly ApiViolation[]>([]);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  /** The edit was refused: the application was saved again after it was opened. */
  protected readonly outdated = computed(() => this.errorKey() === OUTDATED_KEY);
  protected readonly loadFailed = signal(false);
  protected readonly rates = signal<readonly ExchangeRateView[]>([]);
  protected readonly ratesFailed = signal(false);
  protected readonly maxAttachments = MAX_ATTACHMENTS;
  protected readonly id_ = fieldId;

  protected readonly missing = computed(() => {
    const kind = this.formKind();
    return kind ? missingFields(kind, this.values(), this.attachments()) : new Set<string>();
  });
  protected readonly isExchange = computed(() => {
    const kind = this.formKind();
    return kind !== undefined && EXCHANGE_KINDS.has(kind);
  });
  protected readonly currencies = computed(() => [
    ...new Set([...this.accounts.accounts().map((account) => account.currency), ...COMMON_CURRENCIES]),
  ]);
  /** The currency the amount of an exchange is in: that of the fixed side's account. */
  protected readonly exchangeCurrency = computed(() => {
    const values = this.values();
    const iban = values['fixedSide'] === 'CREDIT' ? values['creditIban'] : values['debitIban'];
    return this.accounts.accounts().find((account) => account.iban === iban)?.currency;
  });

  // A retried "save" (a lost answer) creates nothing twice: the server honours Idempotency-Key.
  private readonly idempotencyKey = crypto.randomUUID();

  constructor() {
    this.accounts.ensureLoaded();
    effect(() => {
      const id = this.id();
      if (id) void this.load(id);
    });
    effect(() => {
      // A new application starts from its kind's defaults.
      const kind = this.formKind();
      if (kind && !this.id()) untracked(() => this.values.set(this.restoreDraft() ?? this.defaultsOf(kind)));
    });
    effect(() => {
      // Account fields of a new application start on the first account that fits. Not a draft: a
      // form only opened comes back next time as new, without "your draft was restored".
      const accounts = this.accounts.accounts();
      const kind = this.formKind();
      if (!kind || this.id() || accounts.length === 0) return;
      untracked(() => {
        for (const field of fieldsOf(kind)) {
          if (field.type !== 'account' || this.values()[field.path]) continue;
          const first = this.accountsFor(field)[0];
          if (first) this.assign(field.path, first.iban);
        }
      });
    });
    effect(() => {
      if (this.isExchange()) untracked(() => this.loadRates());
    });
  }

  protected value(path: string): string {
    return this.values()[path] ?? '';
  }

  protected visible(field: FieldSpec): boolean {
    return isVisible(field, this.values());
  }

  protected required(field: FieldSpec): boolean {
    return isRequired(field, this.values());
  }

  protected accountsFor(field: FieldSpec): readonly AccountView[] {
    return this.accounts.accounts().filter((account) => fits(account, field.accounts ?? 'ANY'));
  }

  protected chosenAccount(field: FieldSpec): AccountView | undefined {
    const iban = this.value(field.path);
    return iban ? this.accountsFor(field).find((account) => account.iban === iban) : undefined;
  }

  protected update(path: string, text: string): void {
    this.assign(path, text);
    this.drafts.save(this.draftKey(), this.values());
    this.clearServer(path);
  }

  /** Sets a field, and a currency that follows it takes the account's currency when the account changes. */
  private assign(path: string, text: string): void {
    this.values.update((values) => ({ ...values, [path]: text }));
    const kind = this.formKind();
    for (const field of kind ? fieldsOf(kind) : []) {
      if (field.currencyOf !== path) continue;
      const currency = this.accounts.accounts().find((account) => account.iban === text)?.currency;
      if (currency) this.values.update((values) => ({ ...values, [field.path]: currency }));
    }
  }

  protected changed(path: string, event: Event): void {
    this.update(path, (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value);
  }

  /** The first message for a field: the server's answer, else "required" once the user tried to save. */
  protected errorOf(path: string): FieldMessage | undefined {
    const violation = this.serverViolations().get(path)?.[0];
    if (violation) return violationMessage(violation);
    return this.submitted() && this.missing().has(path) ? { key: 'applicationForm.required' } : undefined;
  }

  protected messageOf(violation: ApiViolation): FieldMessage {
    return violationMessage(violation);
  }

  protected rateOf(currency: string | undefined): ExchangeRateView | undefined {
    return this.rates().find((rate) => rate.currency === currency);
  }

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])].slice(0, MAX_ATTACHMENTS - this.attachments().length);
    input.value = '';
    if (files.length === 0) return;
    this.uploading.set(true);
    this.clearServer('attachmentIds');
    try {
      for (const file of files) {
        const attachment = await firstValueFrom(this.applications.upload(file));
        this.attachments.update((list) => [...list, attachment]);
      }
    } catch (error) {
      const { code, message } = apiProblemOf(error);
      this.serverViolations.update(
        (map) => new Map([...map, ['attachmentIds', [{ field: 'content.attachmentIds', code, message }]]]),
      );
    } finally {
      this.uploading.set(false);
    }
  }

  protected removeAttachment(attachment: AttachmentRef): void {
    this.attachments.update((list) => list.filter((item) => item.id !== attachment.id));
    this.clearServer('attachmentIds');
  }

  protected async save(submit: boolean): Promise<void> {
    const kind = this.formKind();
    if (!kind) return;
    this.submitted.set(true);
    this.errorKey.set(undefined);
    if (this.missing().size > 0) {
      this.errorKey.set('applicationForm.missing');
      this.focusFirstError(kind);
      return;
    }
    if (this.busy() || this.uploading()) return;
    this.busy.set(true);
    try {
      const editing = this.editing();
      let saved: ApplicationView;
      if (editing) {
        saved = await firstValueFrom(
          this.applications.edit(
            editing.id,
            requestOf(kind, this.values(), this.attachments()),
            editing.revision,
          ),
        );
        if (submit && saved.status === 'DRAFT')
          saved = await firstValueFrom(this.applications.submit(saved.id));
      } else {
        saved = await firstValueFrom(
          this.applications.create(createBodyOf(kind, this.values(), this.attachments()), {
            submit,
            idempotencyKey: this.idempotencyKey,
          }),
        );
      }
      this.drafts.discard(this.draftKey());
      await this.router.navigate(['/applications', saved.id]);
    } catch (error) {
      this.showRefusal(kind, error);
    } finally {
      this.busy.set(false);
    }
  }

  private defaultsOf(kind: FormApplicationKind): Record<string, string> {
    const today = almatyDate(new Date().toISOString());
    return Object.fromEntries(
      Object.entries(APPLICATION_FORMS[kind].defaults).map(([path, value]) => [
        path,
        value === 'TODAY' ? today : value === 'LANGUAGE' ? this.language() : value,
      ]),
    );
  }

  /** After APPLICATION_CHANGED: the application as saved last, as the payment form does. */
  protected async openSaved(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    this.drafts.discard(this.draftKey());
    this.restored.set(false);
    this.errorKey.set(undefined);
    this.serverViolations.set(new Map());
    this.otherViolations.set([]);
    this.submitted.set(false);
    await this.load(editing.id);
    this.savedVersionShown.set(!this.loadFailed());
  }

  /** Attachments are not kept: a file is chosen again, only typed values come back. */
  private draftKey(): string {
    // An edit's draft belongs to the revision it was typed over (as a payment's).
    const editing = this.editing();
    return editing
      ? `application:${editing.id}@${editing.revision}`
      : `application:${this.id() ?? this.kind() ?? ''}`;
  }

  private restoreDraft(): Readonly<Record<string, string>> | undefined {
    const draft = this.drafts.restore<Record<string, string>>(this.draftKey());
    if (draft) this.restored.set(true);
    return draft;
  }

  private async load(id: string): Promise<void> {
    try {
      const application = await firstValueFrom(this.applications.get(id));
      const { values, attachments } = valuesOf(application.content);
      this.editing.set(application);
      this.values.set(this.restoreDraft() ?? values);
      this.attachments.set(attachments);
    } catch {
      this.loadFailed.set(true);
    }
  }

  private loadRates(): void {
    this.applications.exchangeRates().subscribe({
      next: (rates) => this.rates.set(rates),
      error: () => this.ratesFailed.set(true),
    });
  }

  private clearServer(path: string): void {
    const server = new Map(this.serverViolations());
    if (server.delete(path)) this.serverViolations.set(server);
  }

  private showRefusal(kind: FormApplicationKind, error: unknown): void {
    const problem = apiProblemOf(error);
    const violations = problem.details.violations ?? [];
    if (problem.code !== 'VALIDATION_FAILED' || violations.length === 0) {
      this.errorKey.set(applicationErrorKey(error));
      return;
    }
    const byField = new Map<string, ApiViolation[]>();
    const other: ApiViolation[] = [];
    for (const violation of violations) {
      const field = fieldOfViolation(kind, violation);
      if (field) byField.set(field, [...(byField.get(field) ?? []), violation]);
      else other.push(violation);
    }
    this.serverViolations.set(byField);
    this.otherViolations.set(other);
    this.errorKey.set('applicationForm.serverInvalid');
    this.focusFirstError(kind);
  }

  private focusFirstError(kind: FormApplicationKind): void {
    const field = fieldsOf(kind).find((spec) => this.visible(spec) && this.errorOf(spec.path));
    if (field) setTimeout(() => this.dom.getElementById(fieldId(field.path))?.focus());
  }
}

function fits(account: AccountView, filter: AccountFilter): boolean {
  if (filter === 'KZT') return account.currency === NATIONAL_CURRENCY;
  if (filter === 'FOREIGN') return account.currency !== NATIONAL_CURRENCY;
  return true;
}
