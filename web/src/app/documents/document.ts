import type {
  Channel,
  DocumentStatus,
  SignatureRight,
  SignatureSlot,
  TengePaymentOrder,
  TengePaymentOrderRequest,
} from '@qoltanba/workflows/domain';

/** A document as `GET /api/documents/:id` answers it (backend documents/dto/document.view.ts). */
export interface DocumentView {
  readonly id: string;
  readonly type: 'TENGE_PAYMENT';
  readonly status: DocumentStatus;
  readonly revision: number;
  readonly contentHash: string;
  /** Exact decimal tenge, e.g. "1250.50". */
  readonly amount: string;
  readonly content: TengePaymentOrder;
  readonly signatures: readonly SignatureView[];
  readonly awaiting: AwaitingView;
  readonly deadline: string;
  readonly authorId: string;
  readonly rejection?: { userId: string; name: string; reason: string; at: string };
  readonly bank: { reference?: string; reason?: string };
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface SignatureView {
  readonly slot: SignatureSlot;
  readonly signerId: string;
  readonly signerName: string;
  readonly right: SignatureRight;
  readonly channel: Channel;
  readonly method: 'EDS' | 'OTP';
  readonly signedAt: string;
}

/** What the document waits for, and from whom (names only on the detail). */
export type AwaitingView =
  | { readonly kind: 'SUBMISSION'; readonly authorId: string }
  | {
      readonly kind: 'SIGNATURE';
      readonly rights: readonly SignatureRight[];
      readonly excludedUserIds: readonly string[];
      readonly users?: readonly { id: string; name: string }[];
    }
  | {
      readonly kind: 'DISPATCH_EDS';
      readonly rights: readonly SignatureRight[];
      readonly users?: readonly { id: string; name: string }[];
    }
  | { readonly kind: 'BANK' }
  | { readonly kind: 'NOTHING' };

export interface DocumentPage {
  readonly items: readonly DocumentView[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface DocumentFilters {
  readonly status?: DocumentStatus;
  readonly type?: 'TENGE_PAYMENT';
  readonly account?: string;
  readonly from?: string;
  readonly to?: string;
  readonly page?: number;
}

export interface TimelineEntryView {
  readonly seq: number;
  readonly event: string;
  readonly status: DocumentStatus;
  readonly at: string;
  readonly actor?: { userId: string; name: string; channel: Channel };
  readonly details?: Record<string, unknown>;
}

/** The exact bytes to sign for the current revision. */
export interface DocumentContentView {
  readonly revision: number;
  readonly contentHash: string;
  readonly content: string;
  readonly contentBase64: string;
}

/** The body of create and edit: the payment order with the amount as decimal text. */
export type PaymentOrderBody = Omit<TengePaymentOrderRequest, 'kod' | 'kbk'> & { kod?: string; kbk?: string };
