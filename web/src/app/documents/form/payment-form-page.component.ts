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
  MAX_BENEFICIARY_NAME_LENGTH,
  MAX_DOCUMENT_NUMBER_LENGTH,
  MAX_PURPOSE_LENGTH,
  MAX_VALUE_DATE_DAYS_AHEAD,
  CONTRIBUTION_KINDS,
  CONTRIBUTION_PAYEES,
  DocumentRejectionCode,
  LIST_KINDS,
  PAYMENT_KINDS,
  PaymentErrorCode,
  STATUTORY_KNP,
  TREASURY_BIC,
  TREASURY_BUDGET_ACCOUNT,
  type EmployeeField,
  type PaymentKind,
  almatyDate,
  kindOfStatutoryKnp,
  formatTiyn,
  ibanBankCode,
  normalizeIban,
  validateKzIban,
} from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { AccountsStore } from '../../accounts/accounts.store';
import { type ApiViolation, apiProblemOf } from '../../core/http/api-error';
import { IbanPipe, TengePipe } from '../../core/i18n/format.pipes';
import { LanguageService } from '../../core/i18n/language.service';
import type { DocumentView } from '../document';
import { documentErrorKey } from '../document-errors';
import { DocumentsApi } from '../documents-api';
import { BankDirectory } from './bank-directory';
import { formFromTemplate, formRepeating, withPastBeneficiary } from '../templates/payment-prefill';
import { type PastBeneficiaryView, PaymentTemplatesApi } from '../templates/payment-templates-api';
import { type FieldMessage, FormFieldComponent } from '../../core/forms/form-field.component';
import { FormDrafts } from '../../core/forms/form-drafts';
import { OutdatedEditComponent } from '../../core/forms/outdated-edit.component';
import { SavedVersionNoticeComponent } from '../../core/forms/saved-version-notice.component';
import {
  FIELD_ORDER,
  type EmployeeFormRow,
  type FormField,
  type PaymentFormValue,
  amountTiyn,
  byFormField,
  emptyForm,
  emptyRow,
  listTotal,
  formOf,
  isBudgetPayment,
  requestOf,
  violationsOf,
} from './payment-form';

/** Until the reference data arrives these would be false alarms; the server checks them anyway. */
const NEEDS_REFERENCE = new Set<string>([
  PaymentErrorCode.KnpUnknown,
  PaymentErrorCode.BeneficiaryBankUnknown,
  PaymentErrorCode.BicMismatch,
  PaymentErrorCode.KbkUnknown,
  PaymentErrorCode.TaxOfficeUnknown,
  PaymentErrorCode.AccountNotAtThisBank,
]);

/** The edit came over a revision someone has replaced since: the form offers the saved version. */
const OUTDATED_KEY = `documentErrors.${DocumentRejectionCode.CHANGED}`;

/** The API's refusals of the paying account, shown under that field. */
const PAYER_REFUSALS = new Set(['DOCUMENT_PAYER_ACCOUNT_NOT_OWNED', 'DOCUMENT_PAYER_ACCOUNT_NOT_TENGE']);

const ROW_FIELDS: readonly EmployeeField[] = ['iin', 'fullName', 'birthDate', 'period', 'iban', 'amount'];

/** The element showing a field: `pf-amount`, or `pf-employees-2-iin` for a row's field. */
function elementIdOf(field: FormField): string {
  const row = /^employees\[(\d+)\]\.(\w+)$/.exec(field);
  return row ? `pf-employees-${row[1]}-${row[2]}` : `pf-${field}`;
}

/** A field typed as one text. */
type TextField = Exclude<keyof PaymentFormValue, 'employees' | 'kind' | 'templateId'>;

/** The kinds this form makes; a transfer by template is made from a template. */
const FORM_KINDS = PAYMENT_KINDS.filter((kind) => kind !== 'TEMPLATE_TRANSFER');

/**
 * Create or edit a tenge payment order (desktop layouts; the route is closed to Mobile). Every
 * field is checked as the user leaves it by the domain validators the server runs; the beneficiary
 * bank comes from the IBAN's bank code; the amount stays decimal text from keyboard to request.
 */
@Component({
  selector: 'qb-payment-form-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    TengePipe,
    IbanPipe,
    FormFieldComponent,
    OutdatedEditComponent,
    SavedVersionNoticeComponent,
  ],
  templateUrl: './payment-form-page.component.html',
  styleUrl: './payment-form-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentFormPageComponent {
  private readonly documents = inject(DocumentsApi);
  private readonly router = inject(Router);
  private readonly dom = inject(DOCUMENT);
  protected readonly banks = inject(BankDirectory);
  protected readonly accounts = inject(AccountsStore);
  protected readonly language = inject(LanguageService).language;
  private readonly drafts = inject(FormDrafts);
  private readonly templates = inject(PaymentTemplatesApi);

  /** Route parameter: the document being edited; absent for a new one. */
  readonly id = input<string>();
  /** Query parameter: a document whose payment this new one repeats. */
  readonly from = input<string>();
  /** Query parameter: the template this new payment is made from. */
  readonly template = input<string>();

  protected readonly value = signal<PaymentFormValue>(emptyForm(almatyDate(new Date().toISOString()), ''));
  protected readonly editing = signal<DocumentView | undefined>(undefined);
  protected readonly touched = signal<ReadonlySet<FormField>>(new Set());
  protected readonly submitted = signal(false);
  protected readonly serverViolations = signal<ReadonlyMap<FormField, readonly ApiViolation[]>>(new Map());
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly loadFailed = signal(false);
  /** The form came back as the user left it when their session ended (FormDrafts). */
  protected readonly restored = signal(false);
  /** The edit was refused: the document was saved again after it was opened (DOCUMENT_CHANGED). */
  protected readonly outdated = computed(() => this.errorKey() === OUTDATED_KEY);
  /** The version saved last was opened after such a refusal: the user makes their change again. */
  protected readonly savedVersionShown = signal(false);
  /** Whom the organization has paid before, to pick instead of typing. */
  protected readonly pastBeneficiaries = signal<readonly PastBeneficiaryView[]>([]);
  /** The BIC was filled in from the IBAN (and so follows it), not typed by the user. */
  private bicFromIban = true;
  // A retried "save" (a lost answer) creates nothing twice: the server honours Idempotency-Key.
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly kinds = FORM_KINDS;
  protected readonly maxNumber = MAX_DOCUMENT_NUMBER_LENGTH;
  protected readonly maxName = MAX_BENEFICIARY_NAME_LENGTH;
  protected readonly maxPurpose = MAX_PURPOSE_LENGTH;

  protected readonly violations = computed(() => {
    const all = violationsOf(this.value(), this.banks.validationContext(new Date()));
    if (this.banks.loaded()) return all;
    return new Map(
      [...all].map(([field, list]) => [field, list.filter((v) => !NEEDS_REFERENCE.has(v.code))] as const),
    );
  });
  protected readonly valid = computed(() =>
    [...this.violations().values()].every((list) => list.length === 0),
  );
  protected readonly beneficiaryBank = computed(() => this.banks.bankOf(this.value().beneficiaryIban));
  protected readonly amountPreview = computed(() => {
    const tiyn = amountTiyn(this.value().amount);
    return tiyn === undefined ? undefined : formatTiyn(tiyn);
  });
  protected readonly showKbk = computed(
    () => isBudgetPayment(this.value()) || this.value().kbk.trim() !== '',
  );
  protected readonly listKind = computed(() => LIST_KINDS.has(this.value().kind));
  protected readonly contributionKind = computed(() => CONTRIBUTION_KINDS.has(this.value().kind));
  /** The kind fills in the beneficiary: the Treasury's account, the State Corporation, this bank. */
  protected readonly beneficiaryFixed = computed(() => this.value().kind === 'BUDGET' || this.listKind());
  /** The KNP codes this kind may use: its own statutory ones, or any other of the catalogue. */
  protected readonly knpChoices = computed(() => {
    const own = STATUTORY_KNP[this.value().kind];
    return this.banks
      .knpCatalogue()
      .filter((entry) => (own ? own.includes(entry.code) : kindOfStatutoryKnp(entry.code) === undefined));
  });
  protected readonly total = computed(() => {
    const tiyn = listTotal(this.value().employees);
    return tiyn === undefined ? undefined : formatTiyn(tiyn);
  });
  protected readonly purposeLength = computed(() => [...this.value().purpose].length);
  protected readonly payerBalance = computed(
    () => this.accounts.tengeAccount(this.value().payerIban)?.balance,
  );

  constructor() {
    this.banks.load();
    this.accounts.refresh();
    effect(() => {
      // A new payment pays from the first account until the user picks another. Not a draft: saving
      // it would overwrite what the user typed before with an empty form, and a form only opened
      // would come back as "restored".
      const first = this.accounts.tengeAccounts()[0];
      if (first && !this.id() && !this.value().payerIban)
        this.value.update((value) => ({ ...value, payerIban: first.iban }));
    });
    effect(() => {
      const [id, from, template] = [this.id(), this.from(), this.template()];
      if (id) void this.loadDocument(id);
      else if (from)
        void this.prefill(async () =>
          formRepeating((await firstValueFrom(this.documents.get(from))).content, this.today()),
        );
      else if (template)
        void this.prefill(async () => {
          const found = await firstValueFrom(this.templates.find(template));
          return formFromTemplate(found.payment, this.today(), this.value().payerIban);
        });
      else untracked(() => this.restoreDraft());
    });
    this.templates.beneficiaries().subscribe({
      next: (list) => this.pastBeneficiaries.set(list),
      error: () => this.pastBeneficiaries.set([]),
    });
    effect(() => {
      // The directory may arrive after the IBAN was typed: the BIC follows it then.
      if (this.banks.loaded()) untracked(() => this.followIban(this.value().beneficiaryIban));
    });
  }

  protected update(field: TextField, text: string): void {
    this.value.update((value) => ({ ...value, [field]: text }));
    this.drafts.save(this.draftKey(), this.value());
    const server = new Map(this.serverViolations());
    if (server.delete(field)) this.serverViolations.set(server);
    if (field === 'bic') this.bicFromIban = text.trim() === '';
    if (field === 'beneficiaryIban') this.followIban(text);
  }

  /** Choosing a kind fills in what the kind fixes and keeps what the user typed that still fits. */
  protected chooseKind(kind: PaymentKind): void {
    const own = STATUTORY_KNP[kind];
    const payee = kind === 'BUDGET' ? TREASURY_BUDGET_ACCOUNT : CONTRIBUTION_PAYEES[kind];
    const bank = this.banks.ownBank();
    this.value.update((value) => {
      const knpFits = own ? own.includes(value.knp) : kindOfStatutoryKnp(value.knp) === undefined;
      const wasFixed = value.kind === 'BUDGET' || LIST_KINDS.has(value.kind);
      const next: PaymentFormValue = {
        ...value,
        kind,
        knp: knpFits ? value.knp : (own?.[0] ?? ''),
        kbk: kind === 'BUDGET' ? value.kbk : '',
        employees: LIST_KINDS.has(kind)
          ? value.employees.length > 0
            ? value.employees
            : [emptyRow(value.date)]
          : [],
        ...(wasFixed ? { beneficiaryName: '', binIin: '', beneficiaryIban: '', bic: '', kbe: '' } : {}),
      };
      if (payee) {
        return {
          ...next,
          beneficiaryName: kind === 'BUDGET' ? next.beneficiaryName : payee.name,
          binIin: payee.binIin ?? (kind === 'BUDGET' ? next.binIin : ''),
          beneficiaryIban: payee.iban,
          bic: payee.bic,
          kbe: payee.kbe,
        };
      }
      if (kind === 'SALARY' && bank) {
        return {
          ...next,
          beneficiaryName: bank.name,
          binIin: bank.bin,
          beneficiaryIban: bank.salaryTransitIban,
          bic: bank.bic,
          kbe: '14',
        };
      }
      return next;
    });
    this.bicFromIban = !this.beneficiaryFixed();
    this.afterRowsChanged();
  }

  /** A beneficiary of an earlier payment, picked from the list, fills the beneficiary's fields. */
  protected choosePastBeneficiary(event: Event): void {
    const index = Number((event.target as HTMLSelectElement).value);
    const past = this.pastBeneficiaries()[index];
    if (!past) return;
    this.value.update((value) => withPastBeneficiary(value, past));
    this.bicFromIban = false;
    this.drafts.save(this.draftKey(), this.value());
  }

  /** A budget payment goes to the tax office chosen from the directory. */
  protected chooseTaxOffice(event: Event): void {
    const bin = (event.target as HTMLSelectElement).value;
    const office = this.banks.taxOffices().find((entry) => entry.bin === bin);
    this.value.update((value) => ({
      ...value,
      binIin: bin,
      beneficiaryName: office ? (this.language() === 'kk' ? office.nameKk : office.nameRu) : '',
    }));
    this.touch('binIin');
  }

  protected updateRow(index: number, field: EmployeeField, text: string): void {
    this.value.update((value) => ({
      ...value,
      employees: value.employees.map((row, i) => (i === index ? { ...row, [field]: text } : row)),
    }));
    if (field === 'amount') this.afterRowsChanged();
    else this.drafts.save(this.draftKey(), this.value());
  }

  protected addRow(): void {
    this.value.update((value) => ({ ...value, employees: [...value.employees, emptyRow(value.date)] }));
    setTimeout(() =>
      this.dom.getElementById(`pf-employees-${this.value().employees.length - 1}-iin`)?.focus(),
    );
  }

  protected removeRow(index: number): void {
    this.value.update((value) => ({ ...value, employees: value.employees.filter((_, i) => i !== index) }));
    // Errors of later rows were reported by their old positions.
    this.serverViolations.set(
      new Map([...this.serverViolations()].filter(([field]) => !field.startsWith('employees['))),
    );
    this.afterRowsChanged();
  }

  protected touchRow(index: number, field: EmployeeField): void {
    this.touch(`employees[${index}].${field}`);
  }

  protected rowError(index: number, field: EmployeeField): FieldMessage | undefined {
    return this.errorOf(`employees[${index}].${field}`);
  }

  protected trackRow(index: number, _row: EmployeeFormRow): number {
    return index;
  }

  /** A list's amount is its total: kept in step with the rows, never typed. */
  private afterRowsChanged(): void {
    if (this.listKind()) {
      const total = listTotal(this.value().employees);
      this.value.update((value) => ({ ...value, amount: total === undefined ? '' : formatTiyn(total) }));
    }
    this.drafts.save(this.draftKey(), this.value());
  }

  protected selected(field: TextField, event: Event): void {
    this.update(field, (event.target as HTMLSelectElement | HTMLTextAreaElement).value);
    this.touch(field);
  }

  protected touch(field: FormField): void {
    this.touched.update((touched) => new Set([...touched, field]));
    // Shown as it will be saved: "1250.5" becomes "1250.50" (exactly, from its tiyn).
    if (field === 'amount' && this.amountPreview()) this.update('amount', this.amountPreview()!);
  }

  /** The first message for a field: the server's answer, else the validator's once touched. */
  protected errorOf(field: FormField): FieldMessage | undefined {
    const violation =
      this.serverViolations().get(field)?.[0] ??
      (this.submitted() || this.touched().has(field) ? this.violations().get(field)?.[0] : undefined);
    return violation ? { key: `paymentErrors.${violation.code}`, params: this.paramsOf(field) } : undefined;
  }

  protected async save(submit: boolean): Promise<void> {
    this.submitted.set(true);
    this.errorKey.set(undefined);
    if (!this.valid()) {
      this.focusFirstError();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const body = requestOf(this.value());
      const editing = this.editing();
      let saved: DocumentView;
      if (editing) {
        saved = await firstValueFrom(this.documents.edit(editing.id, body, editing.revision));
        if (submit && saved.status === 'DRAFT') saved = await firstValueFrom(this.documents.submit(saved.id));
      } else {
        saved = await firstValueFrom(
          this.documents.create(body, { submit, idempotencyKey: this.idempotencyKey }),
        );
      }
      this.drafts.discard(this.draftKey());
      await this.router.navigate(['/documents', saved.id]);
    } catch (error) {
      this.showServerRefusal(error);
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * After DOCUMENT_CHANGED: the document as saved last replaces what was typed over the old
   * revision, which is dropped rather than kept to come back over a change the user has not seen.
   */
  protected async openSaved(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    this.drafts.discard(this.draftKey());
    this.restored.set(false);
    this.errorKey.set(undefined);
    this.serverViolations.set(new Map());
    this.submitted.set(false);
    this.touched.set(new Set());
    await this.loadDocument(editing.id);
    this.savedVersionShown.set(!this.loadFailed());
  }

  private draftKey(): string {
    // An edit's draft belongs to the revision it was typed over: once someone has changed the
    // document, it is not brought back over their change.
    const editing = this.editing();
    return editing ? `payment:${editing.id}@${editing.revision}` : `payment:${this.id() ?? 'new'}`;
  }

  private restoreDraft(): void {
    const draft = this.drafts.restore<PaymentFormValue>(this.draftKey());
    if (!draft) return;
    this.value.set(draft);
    this.restored.set(true);
  }

  private today(): string {
    return almatyDate(new Date().toISOString());
  }

  /** A new payment filled in from a template or an earlier payment; the user checks and saves it. */
  private async prefill(form: () => Promise<PaymentFormValue>): Promise<void> {
    try {
      this.value.set(await form());
      this.bicFromIban = false;
      this.afterRowsChanged();
    } catch {
      this.loadFailed.set(true);
    }
  }

  private async loadDocument(id: string): Promise<void> {
    try {
      const document = await firstValueFrom(this.documents.get(id));
      this.editing.set(document);
      this.value.set(formOf(document.content));
      this.bicFromIban = false;
      this.restoreDraft();
    } catch {
      this.loadFailed.set(true);
    }
  }

  /** The beneficiary's bank follows the IBAN's bank code: its BIC is filled in unless typed. */
  private followIban(iban: string): void {
    const normalized = normalizeIban(iban);
    const bank = validateKzIban(normalized) ? undefined : this.banks.bankOf(normalized);
    if (bank && this.bicFromIban) this.value.update((value) => ({ ...value, bic: bank.bic }));
  }

  private showServerRefusal(error: unknown): void {
    const problem = apiProblemOf(error);
    const violations = problem.details.violations ?? [];
    if (problem.code === 'VALIDATION_FAILED' && violations.length > 0) {
      this.serverViolations.set(byFormField(violations));
      this.errorKey.set('paymentForm.serverInvalid');
      this.focusFirstError();
      return;
    }
    if (PAYER_REFUSALS.has(problem.code)) {
      this.serverViolations.set(
        new Map([['payerIban', [{ field: 'payerIban', code: problem.code, message: '' }]]]),
      );
    }
    this.errorKey.set(documentErrorKey(error));
  }

  private focusFirstError(): void {
    const rows = this.value().employees.flatMap((_, i) =>
      ROW_FIELDS.map((field) => `employees[${i}].${field}` as const),
    );
    const field = [...FIELD_ORDER, ...rows].find((name) => this.errorOf(name));
    if (field) setTimeout(() => this.dom.getElementById(elementIdOf(field))?.focus());
  }

  private paramsOf(field: FormField): Record<string, unknown> {
    const iban = normalizeIban(this.value().beneficiaryIban);
    return {
      max:
        field === 'purpose'
          ? MAX_PURPOSE_LENGTH
          : field === 'beneficiaryName'
            ? MAX_BENEFICIARY_NAME_LENGTH
            : MAX_DOCUMENT_NUMBER_LENGTH,
      days: MAX_VALUE_DATE_DAYS_AHEAD,
      bic: this.beneficiaryBank()?.bic ?? '',
      code: iban.length >= 7 ? ibanBankCode(iban) : '',
      treasury: TREASURY_BIC,
    };
  }
}
