import type {
  ApplicationContent,
  ApplicationFamily,
  ApplicationKind,
  ApplicationStatus,
  AttachmentRef,
  FormApplicationKind,
  Money,
} from '@qoltanba/workflows/domain';
import type { AwaitingView } from '../core/process/awaiting.component';
import type { components } from '../core/http/api-types.generated';

// The applications API's views, written by hand from the contract (notes/applications-contract.md)
// until the backend's routes exist; then these become aliases of the generated OpenAPI types.

type Schemas = components['schemas'];

export type SignatureView = Schemas['SignatureView'];
export type { AttachmentRef, Money };

/** What the bank answered when it executed an application. */
export interface ApplicationResultView {
  readonly file?: AttachmentRef;
  readonly executedRate?: string;
  readonly debited?: Money;
  readonly credited?: Money;
  readonly guaranteeNumber?: string;
  readonly note?: string;
}

/** `GET /api/applications/:id`. */
export interface ApplicationView {
  readonly id: string;
  readonly kind: ApplicationKind;
  readonly family: ApplicationFamily;
  readonly number: string;
  readonly status: ApplicationStatus;
  readonly authorId: string;
  readonly revision: number;
  readonly content: ApplicationContent;
  readonly contentHash: string;
  readonly signatures: readonly SignatureView[];
  readonly deadline: string;
  readonly rejection?: {
    readonly userId: string;
    readonly name: string;
    readonly reason: string;
    readonly at: string;
  };
  readonly bank: {
    readonly reference?: string;
    /** A refusal code (BANK_REFUSAL_REASONS), said in the client's language. */
    readonly reason?: string;
    readonly result?: ApplicationResultView;
  };
  /** On an application the bank holds: the cancellation asked for it. */
  readonly cancellation?: { readonly applicationId: string; readonly status: CancellationLinkStatus };
  readonly awaiting: AwaitingView;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const CANCELLATION_LINK_STATUSES = ['RESERVED', 'SENT', 'REFUSED'] as const;
export type CancellationLinkStatus = (typeof CANCELLATION_LINK_STATUSES)[number];

/** The short answers the bank gives as codes (`bank.result.note`), said in the client's language. */
export const BANK_NOTES = [
  'CASH_EXPECTED_AT_BRANCH',
  'DETAILS_UPDATED',
  'LETTER_RECEIVED',
  'CANCELLED',
] as const;

/** `GET /api/applications/:id/timeline`: who did what, when, through which channel. */
export interface ApplicationTimelineEntryView {
  readonly seq: number;
  readonly event: string;
  readonly status: ApplicationStatus;
  readonly at: string;
  readonly actor?: Schemas['TimelineActorView'];
  readonly details?: Readonly<Record<string, unknown>>;
}

/** `GET /api/applications/:id/content`: the exact bytes an EDS signs. */
export interface ApplicationContentView {
  readonly revision: number;
  readonly contentHash: string;
  readonly content: string;
  readonly contentBase64: string;
}

/** `GET /api/applications/exchange-rates`: KZT per unit, the bank buying and selling. */
export interface ExchangeRateView {
  readonly currency: string;
  readonly buy: string;
  readonly sell: string;
  readonly updatedAt: string;
}

/** The body of `POST /api/applications`: the kind and its request (amounts as decimal text). */
export interface CreateApplicationBody {
  readonly kind: FormApplicationKind;
  readonly content: ApplicationRequest;
}

/** A request of one kind as the form sends it: text, nested groups, lists of attachment ids. */
export interface ApplicationRequest {
  readonly [field: string]: string | readonly string[] | ApplicationRequest | undefined;
}

/** One row of "My applications": a payment, an application or a cancellation. */
export interface ProcessItem {
  readonly id: string;
  readonly type: 'payment' | 'application';
  /** TENGE_PAYMENT for payments, the application kind otherwise. */
  readonly kind: string;
  readonly title: string;
  readonly status: ApplicationStatus | components['schemas']['DocumentStatus'];
  readonly amount?: Money;
  readonly accountIban?: string;
  readonly awaiting: 'PERSON' | 'SYSTEM' | 'NOBODY';
  readonly awaitingMe: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** `GET /api/processes`: one page, and how many processes await the signed-in user. */
export interface ProcessPage {
  readonly items: readonly ProcessItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly awaitingMe: number;
}

export const PROCESS_ITEM_TYPES = ['payment', 'application'] as const;

export interface ProcessFilters {
  readonly type?: ProcessItem['type'];
  readonly kind?: string;
  readonly status?: string;
  readonly account?: string;
  readonly from?: string;
  readonly to?: string;
  readonly page?: number;
}
