import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import type { OtpChallenge } from '../core/otp/otp-challenge';
import type { SignableApi, SignatureEvidence } from '../core/signer/signable';
import type {
  ApplicationContentView,
  ApplicationRequest,
  ApplicationTimelineEntryView,
  ApplicationView,
  AttachmentRef,
  CreateApplicationBody,
  ExchangeRateView,
  ProcessFilters,
  ProcessPage,
} from './application';
import { applicationErrorKey } from './application-errors';

export const PROCESS_PAGE_SIZE = 20;

/** The applications endpoints and the status-tracking list (contract: applications-contract.md). */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi implements SignableApi<ApplicationView> {
  private readonly api = inject(ApiClient);

  readonly errorKey = applicationErrorKey;

  /** Every process of the organization, newest first. */
  processes(filters: ProcessFilters): Observable<ProcessPage> {
    const params: Record<string, string | number> = {
      page: filters.page ?? 1,
      pageSize: PROCESS_PAGE_SIZE,
    };
    for (const key of ['type', 'kind', 'status', 'account', 'from', 'to'] as const) {
      const value = filters[key];
      if (value) params[key] = value;
    }
    return this.api.get<ProcessPage>('/processes', { params });
  }

  get(id: string): Observable<ApplicationView> {
    return this.api.get<ApplicationView>(`/applications/${id}`);
  }

  timeline(id: string): Observable<ApplicationTimelineEntryView[]> {
    return this.api.get<ApplicationTimelineEntryView[]>(`/applications/${id}/timeline`);
  }

  content(id: string): Observable<ApplicationContentView> {
    return this.api.get<ApplicationContentView>(`/applications/${id}/content`);
  }

  /** Creates a draft, or with `submit` saves and sends it for signature in one step. */
  create(
    body: CreateApplicationBody,
    options: { submit: boolean; idempotencyKey: string },
  ): Observable<ApplicationView> {
    return this.api.post<ApplicationView>('/applications', body, {
      params: options.submit ? { submit: true } : {},
      headers: { 'Idempotency-Key': options.idempotencyKey },
    });
  }

  /**
   * A new revision over `revision`, the one the user opened (signatures are discarded; the kind
   * stays): refused (APPLICATION_CHANGED) if it moved on meanwhile.
   */
  edit(id: string, content: ApplicationRequest, revision: number): Observable<ApplicationView> {
    return this.api.put<ApplicationView>(`/applications/${id}`, { content, revision });
  }

  submit(id: string): Observable<ApplicationView> {
    return this.api.post<ApplicationView>(`/applications/${id}/submission`);
  }

  sign(id: string, contentHash: string, evidence: SignatureEvidence): Observable<ApplicationView> {
    return this.api.post<ApplicationView>(`/applications/${id}/signatures`, { contentHash, evidence });
  }

  otpChallenge(id: string): Observable<OtpChallenge> {
    return this.api.post<OtpChallenge>(`/applications/${id}/otp-challenges`);
  }

  reject(id: string, reason: string): Observable<ApplicationView> {
    return this.api.post<ApplicationView>(`/applications/${id}/rejection`, { reason });
  }

  withdraw(id: string): Observable<ApplicationView> {
    return this.api.post<ApplicationView>(`/applications/${id}/withdrawal`);
  }

  /** Asks the bank to cancel it: answers the NEW cancellation application, to be signed. */
  cancel(id: string, reason: string): Observable<ApplicationView> {
    return this.api.post<ApplicationView>(`/applications/${id}/cancellation`, { reason });
  }

  /** A letter's attachment (PDF, PNG, JPEG; at most 5 MiB), stored before the letter refers to it. */
  upload(file: File): Observable<AttachmentRef> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.api.post<AttachmentRef>('/applications/attachments', body);
  }

  exchangeRates(): Observable<ExchangeRateView[]> {
    return this.api.get<ExchangeRateView[]>('/applications/exchange-rates');
  }

  /** Where a file of the application downloads from (the browser sends the session cookie). */
  fileUrl(id: string, fileId: string): string {
    return `/api/applications/${id}/files/${fileId}`;
  }
}
