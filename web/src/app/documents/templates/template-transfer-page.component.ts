import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { almatyDate, formatTiyn } from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { AccountsStore } from '../../accounts/accounts.store';
import { type FieldMessage, FormFieldComponent } from '../../core/forms/form-field.component';
import { apiProblemOf } from '../../core/http/api-error';
import { IbanPipe, TengePipe } from '../../core/i18n/format.pipes';
import { documentErrorKey } from '../document-errors';
import { DocumentsApi } from '../documents-api';
import { amountTiyn, normalizeAmount } from '../form/payment-form';
import { type PaymentTemplateView, PaymentTemplatesApi } from './payment-templates-api';

/**
 * A transfer by template, the payment every channel makes (Mobile included): the beneficiary is the
 * template's, the user gives the amount and sends it for approval; an OTP approval then sends it to
 * the bank without the Standard EDS (the server checks the template and that the money stays here).
 */
@Component({
  selector: 'qb-template-transfer-page',
  imports: [RouterLink, TranslocoPipe, TengePipe, IbanPipe, FormFieldComponent],
  templateUrl: './template-transfer-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplateTransferPageComponent {
  private readonly templates = inject(PaymentTemplatesApi);
  private readonly documents = inject(DocumentsApi);
  private readonly router = inject(Router);
  protected readonly accounts = inject(AccountsStore);

  /** Route parameter. */
  readonly template = input.required<string>();

  protected readonly found = signal<PaymentTemplateView | undefined>(undefined);
  protected readonly failed = signal(false);
  protected readonly payerIban = signal('');
  protected readonly payerBalance = computed(() => this.accounts.tengeAccount(this.payerIban())?.balance);
  protected readonly amount = signal('');
  protected readonly purpose = signal('');
  protected readonly tried = signal(false);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  private readonly idempotencyKey = crypto.randomUUID();

  protected readonly amountError = computed((): FieldMessage | undefined =>
    this.tried() && amountTiyn(this.amount()) === undefined ? { key: 'templates.amountInvalid' } : undefined,
  );
  protected readonly amountPreview = computed(() => {
    const tiyn = amountTiyn(this.amount());
    return tiyn === undefined ? undefined : formatTiyn(tiyn);
  });

  constructor() {
    this.accounts.refresh();
    effect(() => void this.load(this.template()));
    effect(() => {
      const first = this.accounts.tengeAccounts()[0];
      if (first && !this.payerIban()) this.payerIban.set(this.found()?.payment.payerIban ?? first.iban);
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async send(): Promise<void> {
    this.tried.set(true);
    const template = this.found();
    if (!template || this.amountError() || this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    const today = almatyDate(new Date().toISOString());
    try {
      const created = await firstValueFrom(
        this.documents.create(
          {
            kind: 'TEMPLATE_TRANSFER',
            templateId: template.id,
            number: '',
            date: today,
            valueDate: today,
            payerIban: this.payerIban(),
            amount: normalizeAmount(this.amount()),
            currency: 'KZT',
            beneficiary: template.payment.beneficiary,
            knp: template.payment.knp,
            purpose: this.purpose().trim(),
          },
          { submit: true, idempotencyKey: this.idempotencyKey },
        ),
      );
      await this.router.navigate(['/documents', created.id]);
    } catch (error) {
      const violation = apiProblemOf(error).details.violations?.[0];
      this.errorKey.set(violation ? `paymentErrors.${violation.code}` : documentErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    try {
      const template = await firstValueFrom(this.templates.find(id));
      this.found.set(template);
      this.amount.set(template.payment.amount ?? '');
      this.purpose.set(template.payment.purpose);
      if (template.payment.payerIban) this.payerIban.set(template.payment.payerIban);
    } catch {
      this.failed.set(true);
    }
  }
}
