import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient } from '../core/http/api-client';
import type { OtpChallenge } from '../core/otp/otp-challenge';
import type { SignableApi, SignatureEvidence } from '../core/signer/signable';
import type {
  DocumentContentView,
  DocumentFilters,
  DocumentPage,
  DocumentView,
  PaymentOrderBody,
  TimelineEntryView,
} from './document';
import { documentErrorKey } from './document-errors';

export const PAGE_SIZE = 20;

/** The documents endpoints (backend documents.controller.ts), one method per call. */
@Injectable({ providedIn: 'root' })
export class DocumentsApi implements SignableApi<DocumentView> {
  private readonly api = inject(ApiClient);

  readonly errorKey = documentErrorKey;

  list(filters: DocumentFilters): Observable<DocumentPage> {
    const params: Record<string, string | number> = { page: filters.page ?? 1, pageSize: PAGE_SIZE };
    for (const key of ['status', 'type', 'account', 'from', 'to'] as const) {
      const value = filters[key];
      if (value) params[key] = value;
    }
    return this.api.get<DocumentPage>('/documents', { params });
  }

  get(id: string): Observable<DocumentView> {
    return this.api.get<DocumentView>(`/documents/${id}`);
  }

  timeline(id: string): Observable<TimelineEntryView[]> {
    return this.api.get<TimelineEntryView[]>(`/documents/${id}/timeline`);
  }

  content(id: string): Observable<DocumentContentView> {
    return this.api.get<DocumentContentView>(`/documents/${id}/content`);
  }

  /** Creates a draft, or with `submit` saves and sends it for signature in one step. */
  create(
    body: PaymentOrderBody,
    options: { submit: boolean; idempotencyKey: string },
  ): Observable<DocumentView> {
    return this.api.post<DocumentView>('/documents', body, {
      params: options.submit ? { submit: true } : {},
      headers: { 'Idempotency-Key': options.idempotencyKey },
    });
  }

  /** A new revision over `revision`, the one the user opened: refused (DOCUMENT_CHANGED) if it moved on. */
  edit(id: string, body: PaymentOrderBody, revision: number): Observable<DocumentView> {
    return this.api.put<DocumentView>(`/documents/${id}`, { ...body, revision });
  }

  submit(id: string): Observable<DocumentView> {
    return this.api.post<DocumentView>(`/documents/${id}/submission`);
  }

  sign(id: string, contentHash: string, evidence: SignatureEvidence): Observable<DocumentView> {
    return this.api.post<DocumentView>(`/documents/${id}/signatures`, { contentHash, evidence });
  }

  /** Light/Mobile: a challenge bound to the document's content, amount and payee. */
  otpChallenge(id: string): Observable<OtpChallenge> {
    return this.api.post<OtpChallenge>(`/documents/${id}/otp-challenges`);
  }

  reject(id: string, reason: string): Observable<DocumentView> {
    return this.api.post<DocumentView>(`/documents/${id}/rejection`, { reason });
  }

  withdraw(id: string): Observable<DocumentView> {
    return this.api.post<DocumentView>(`/documents/${id}/withdrawal`);
  }

  /** A signature's evidence (the CMS and its verification report, or the OTP proof) as JSON. */
  evidence(id: string, index: number): Observable<Record<string, unknown>> {
    return this.api.get<Record<string, unknown>>(`/documents/${id}/signatures/${index}/evidence`);
  }
}
