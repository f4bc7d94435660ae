import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
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

  /** One template of the organization (the list is short: the API has no route for one). */
  find(id: string): Observable<PaymentTemplateView> {
    return this.list().pipe(
      map((templates) => {
        const found = templates.find((template) => template.id === id);
        if (!found) throw new Error(`No template ${id} in the organization.`);
        return found;
      }),
    );
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
