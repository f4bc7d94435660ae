import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ibanBankCode } from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { IbanPipe, TengePipe } from '../../core/i18n/format.pipes';
import { LayoutService } from '../../core/layout/layout.service';
import { NavigationService } from '../../core/layout/navigation';
import { BankDirectory } from '../form/bank-directory';
import { type PaymentTemplateView, PaymentTemplatesApi } from './payment-templates-api';

/**
 * The organization's payment templates. On a desktop a template starts a new payment of any kind;
 * in every channel one whose beneficiary banks with us starts a transfer by template, the one
 * payment Mobile makes.
 */
@Component({
  selector: 'qb-templates-page',
  imports: [RouterLink, TranslocoPipe, TengePipe, IbanPipe],
  templateUrl: './templates-page.component.html',
  styleUrl: './templates-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatesPageComponent {
  private readonly api = inject(PaymentTemplatesApi);
  private readonly session = inject(SessionStore);
  private readonly banks = inject(BankDirectory);
  protected readonly layout = inject(LayoutService);
  protected readonly navigation = inject(NavigationService);

  protected readonly templates = signal<readonly PaymentTemplateView[] | undefined>(undefined);
  protected readonly failed = signal(false);
  protected readonly removing = signal<string | undefined>(undefined);
  protected readonly transfers = computed(
    () => this.session.allows('TEMPLATE_TRANSFER') && this.session.mayPrepare(),
  );

  constructor() {
    this.banks.load();
    void this.load();
  }

  /** A transfer by template stays inside this bank: only such templates offer it. */
  protected transferable(template: PaymentTemplateView): boolean {
    const own = this.banks.ownBank()?.bankCode;
    return this.transfers() && own !== undefined && ibanBankCode(template.payment.beneficiary.iban) === own;
  }

  protected async remove(template: PaymentTemplateView): Promise<void> {
    if (this.removing() !== template.id) {
      this.removing.set(template.id);
      return;
    }
    await firstValueFrom(this.api.remove(template.id));
    this.removing.set(undefined);
    await this.load();
  }

  private async load(): Promise<void> {
    try {
      this.templates.set(await firstValueFrom(this.api.list()));
    } catch {
      this.failed.set(true);
    }
  }
}
