import type { DocumentStatus, TengePaymentOrderRequest } from '@qoltanba/workflows/domain';
import type { components } from '../core/http/api-types.generated';

type Schemas = components['schemas'];

/** A document as `GET /api/documents/:id` answers it; amounts as exact decimals and integer tiyn. */
export type DocumentView = Schemas['DocumentView'];
export type SignatureView = Schemas['SignatureView'];
/** What the document waits for, and from whom (names only on the detail). */
export type AwaitingView = DocumentView['awaiting'];
export type DocumentPage = Schemas['DocumentPage'];

export interface DocumentFilters {
  readonly status?: DocumentStatus;
  readonly type?: 'TENGE_PAYMENT';
  readonly account?: string;
  readonly from?: string;
  readonly to?: string;
  readonly page?: number;
}

export type TimelineEntryView = Schemas['TimelineEntryView'];

/** The exact bytes to sign for the current revision. */
export type DocumentContentView = Schemas['DocumentContentView'];

/** The body of create and edit: the payment order with the amount as decimal text. */
export type PaymentOrderBody = Omit<TengePaymentOrderRequest, 'kod' | 'kbk'> & { kod?: string; kbk?: string };
