import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient } from '../../core/http/api-client';
import type { components } from '../../core/http/api-types.generated';

type Schemas = components['schemas'];
export type BankView = Schemas['BankView'];
export type KbkView = Schemas['KbkView'];
export type TaxOfficeView = Schemas['TaxOfficeView'];

/** The reference data payments are checked against, kept by senior managers (backend reference/). */
@Injectable({ providedIn: 'root' })
export class ReferenceApi {
  private readonly api = inject(ApiClient);

  banks(): Observable<BankView[]> {
    return this.api.get<BankView[]>('/reference/banks');
  }

  putBank(bankCode: string, bank: { bic: string; name: string }): Observable<BankView> {
    return this.api.put<BankView>(`/manager/reference/banks/${encodeURIComponent(bankCode)}`, bank);
  }

  removeBank(bankCode: string): Observable<void> {
    return this.api.delete(`/manager/reference/banks/${encodeURIComponent(bankCode)}`);
  }

  kbk(): Observable<KbkView[]> {
    return this.api.get<KbkView[]>('/manager/reference/kbk');
  }

  putKbk(entry: KbkView): Observable<KbkView> {
    const { code, ...body } = entry;
    return this.api.put<KbkView>(`/manager/reference/kbk/${encodeURIComponent(code)}`, body);
  }

  taxOffices(): Observable<TaxOfficeView[]> {
    return this.api.get<TaxOfficeView[]>('/manager/reference/tax-offices');
  }

  putTaxOffice(office: TaxOfficeView): Observable<TaxOfficeView> {
    const { bin, ...body } = office;
    return this.api.put<TaxOfficeView>(`/manager/reference/tax-offices/${encodeURIComponent(bin)}`, body);
  }
}
