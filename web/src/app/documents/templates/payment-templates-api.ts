import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { components } from '../../core/http/api-types.generated';
import { ApiClient } from '../../core/http/api-client';

type Schemas = components['schemas'];
export type PaymentTemplateView = Schemas['PaymentTemplateView'];
export type TemplatePayment = Schemas['TemplatePaymentDto'];
export type PastBeneficiaryView = Schemas['PastBeneficiaryView'];

/** The organization's payment templates and past beneficiaries (backend payment-templates, beneficiaries). */
@Injectable({ providedIn: 'root' })
export class PaymentTemplatesApi {
  private readonly api = inject(ApiClient);

  list(): Observable<PaymentTemplateView[]> {
    return this.api.get<PaymentTemplateView[]>('/payment-templates');
  }

  create(name: string, payment: TemplatePayment): Observable<PaymentTemplateView> {
    return this.api.post<PaymentTemplateView>('/payment-templates', { name, payment });
  }

  remove(id: string): Observable<void> {
    return this.api.delete(`/payment-templates/${id}`);
  }

  beneficiaries(search = ''): Observable<PastBeneficiaryView[]> {
    return this.api.get<PastBeneficiaryView[]>('/beneficiaries', search ? { params: { search } } : {});
  }
}
