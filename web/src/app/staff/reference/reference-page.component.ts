import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../../core/i18n/language.service';
import { staffError } from '../staff-errors';
import { type BankView, type KbkView, ReferenceApi, type TaxOfficeView } from './reference-api';

/**
 * The reference data payments are checked against: every bank of Kazakhstan by the code in its
 * IBANs, the KBK catalogue and the tax offices. A senior manager adds and corrects entries; codes
 * are retired rather than deleted (old payments name them), and a bank leaves the directory when
 * the National Bank removes it. The server checks and audits every change.
 */
@Component({
  selector: 'qb-reference-page',
  imports: [TranslocoPipe],
  templateUrl: './reference-page.component.html',
  styleUrl: './reference-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferencePageComponent {
  private readonly api = inject(ReferenceApi);
  protected readonly language = inject(LanguageService).language;

  protected readonly banks = signal<readonly BankView[]>([]);
  protected readonly kbk = signal<readonly KbkView[]>([]);
  protected readonly offices = signal<readonly TaxOfficeView[]>([]);
  protected readonly bank = signal({ bankCode: '', bic: '', name: '' });
  protected readonly newKbk = signal({ code: '', labelRu: '', labelKk: '', labelEn: '' });
  protected readonly office = signal({ bin: '', code: '', nameRu: '', nameKk: '' });
  protected readonly message = signal<{ key: string; error: boolean } | undefined>(undefined);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async saveBank(event: Event): Promise<void> {
    event.preventDefault();
    const { bankCode, ...bank } = this.bank();
    await this.run(async () => {
      await firstValueFrom(this.api.putBank(bankCode.trim(), bank));
      this.bank.set({ bankCode: '', bic: '', name: '' });
    });
  }

  protected async removeBank(bank: BankView): Promise<void> {
    await this.run(() => firstValueFrom(this.api.removeBank(bank.bankCode)));
  }

  protected async saveKbk(event: Event): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      await firstValueFrom(
        this.api.putKbk({ ...this.newKbk(), code: this.newKbk().code.trim(), active: true }),
      );
      this.newKbk.set({ code: '', labelRu: '', labelKk: '', labelEn: '' });
    });
  }

  protected async toggleKbk(entry: KbkView): Promise<void> {
    await this.run(() => firstValueFrom(this.api.putKbk({ ...entry, active: !entry.active })));
  }

  protected async saveOffice(event: Event): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      await firstValueFrom(
        this.api.putTaxOffice({ ...this.office(), bin: this.office().bin.trim(), active: true }),
      );
      this.office.set({ bin: '', code: '', nameRu: '', nameKk: '' });
    });
  }

  protected async toggleOffice(office: TaxOfficeView): Promise<void> {
    await this.run(() => firstValueFrom(this.api.putTaxOffice({ ...office, active: !office.active })));
  }

  protected labelOf(entry: KbkView): string {
    const language = this.language();
    return language === 'kk' ? entry.labelKk : language === 'ru' ? entry.labelRu : entry.labelEn;
  }

  private async run(change: () => Promise<unknown>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(undefined);
    try {
      await change();
      this.message.set({ key: 'staff.reference.saved', error: false });
      await this.load();
    } catch (error) {
      this.message.set({ key: staffError(error).key, error: true });
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    const [banks, kbk, offices] = await Promise.all([
      firstValueFrom(this.api.banks()),
      firstValueFrom(this.api.kbk()),
      firstValueFrom(this.api.taxOffices()),
    ]);
    this.banks.set(banks);
    this.kbk.set(kbk);
    this.offices.set(offices);
  }
}
