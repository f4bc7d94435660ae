import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import type { components } from '../core/http/api-types.generated';

type Schemas = components['schemas'];

export type ClientSummary = Schemas['ClientSummaryView'];
export type ClientSearchPage = Schemas['ClientSearchPage'];
export type ClientOverview = Schemas['ClientOverviewView'];
export type ClientUser = Schemas['ClientUserView'];
export type ChangeRequest = Schemas['ChangeRequestView'];
export type ChangeRequestSummary = Schemas['ChangeRequestSummaryView'];
export type Change = Schemas['SubmitChangeRequestDto']['change'];
export type ChangeType = Change['type'];
export type ChangeRequestStatus = ChangeRequest['status'];
export type OnboardClientChange = Schemas['OnboardClientChange'];
export type UserFields = Schemas['UserFields'];
export type AccountFields = Schemas['AccountFields'];
export type Handover = Schemas['HandoverView'];
export type CheckingSettings = Schemas['ChangeCheckingSettingsView'];
export type CheckingSettingsChange = Schemas['ChangeCheckingSettingsDto'];
export type ClientTariff = Schemas['ClientTariffView'];

export const CLIENTS_PAGE_SIZE = 20;

/** The managers' API: finding and reading clients, and every change to one as a checked request. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly api = inject(ApiClient);

  /** A page of the clients found (every client, newest first, without `q`). */
  searchClients(q: string, page = 1): Observable<ClientSearchPage> {
    const params: Record<string, string> = { page: String(page), pageSize: String(CLIENTS_PAGE_SIZE) };
    if (q) params['q'] = q;
    return this.api.get<ClientSearchPage>('/manager/organizations', { params });
  }

  client(id: string): Observable<ClientOverview> {
    return this.api.get<ClientOverview>(`/manager/organizations/${id}/overview`);
  }

  tariff(organizationId: string): Observable<ClientTariff> {
    return this.api.get<ClientTariff>(`/manager/organizations/${organizationId}/tariff`);
  }

  changeRequests(
    filter: { status?: ChangeRequestStatus; organizationId?: string } = {},
  ): Observable<ChangeRequestSummary[]> {
    const params: Record<string, string> = {};
    if (filter.status) params['status'] = filter.status;
    if (filter.organizationId) params['organizationId'] = filter.organizationId;
    return this.api.get<ChangeRequestSummary[]>('/manager/change-requests', { params });
  }

  changeRequest(id: string): Observable<ChangeRequest> {
    return this.api.get<ChangeRequest>(`/manager/change-requests/${id}`);
  }

  submit(change: Change): Observable<ChangeRequest> {
    return this.api.post<ChangeRequest>('/manager/change-requests', { change });
  }

  approve(id: string, reviewToken: string): Observable<ChangeRequest> {
    return this.api.post<ChangeRequest>(`/manager/change-requests/${id}/approval`, { reviewToken });
  }

  reject(id: string, reason: string): Observable<ChangeRequest> {
    return this.api.post<ChangeRequest>(`/manager/change-requests/${id}/rejection`, { reason });
  }

  withdraw(id: string): Observable<ChangeRequest> {
    return this.api.post<ChangeRequest>(`/manager/change-requests/${id}/withdrawal`);
  }

  /** Its maker corrects a pending request: the revision they corrected, and the change as it should be. */
  amend(id: string, revision: number, change: Change): Observable<ChangeRequest> {
    return this.api.patch<ChangeRequest>(`/manager/change-requests/${id}`, { change, revision });
  }

  envelope(id: string, name: string): Observable<Handover> {
    return this.api.post<Handover>(`/manager/change-requests/${id}/envelopes/${name}`);
  }

  envelopePdf(id: string, name: string): Observable<Blob> {
    return this.api.postForBlob(`/manager/change-requests/${id}/envelopes/${name}/pdf`);
  }

  /** The bank's rules for checking changes: how long a request waits, which low-risk types skip it. */
  checkingSettings(): Observable<CheckingSettings> {
    return this.api.get<CheckingSettings>('/manager/settings/change-checking');
  }

  /** A senior manager sets the rules (the server refuses anyone else). */
  saveCheckingSettings(settings: CheckingSettingsChange): Observable<CheckingSettings> {
    return this.api.put<CheckingSettings>('/manager/settings/change-checking', settings);
  }
}
