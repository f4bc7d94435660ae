import type { AwaitingView, DocumentPage, DocumentView } from '../app/documents/document';

/**
 * A tenge payment order as the API shows it: by default a draft of 1 250.50 ₸ to Halyk Supplies,
 * written by user-1. Override what a test is about (status, awaiting, author).
 */
export function aDocument(overrides: Partial<DocumentView> = {}): DocumentView {
  return {
    id: 'doc-1',
    type: 'TENGE_PAYMENT',
    status: 'DRAFT',
    revision: 1,
    contentHash: 'hash-1',
    amount: '1250.50',
    content: {
      number: '17',
      date: '2026-03-16',
      valueDate: '2026-03-16',
      payerIban: 'KZ869980000000000001',
      kod: '17',
      amountTiyn: 125050,
      currency: 'KZT',
      beneficiary: {
        name: 'Halyk Supplies LLP',
        binIin: '040540001230',
        iban: 'KZ476010131000179714',
        bic: 'HSBKKZKX',
        kbe: '17',
      },
      knp: '710',
      purpose: 'Payment for goods under contract 5',
    },
    signatures: [],
    awaiting: { kind: 'SUBMISSION', authorId: 'user-1' },
    deadline: '2026-03-20T18:00:00Z',
    authorId: 'user-1',
    bank: {},
    createdAt: '2026-03-16T04:00:00Z',
    updatedAt: '2026-03-16T04:00:00Z',
    ...overrides,
  };
}

/** What a document awaiting its first (or single) signature waits for. */
export const AWAITING_FIRST: AwaitingView = {
  kind: 'SIGNATURE',
  rights: ['SINGLE', 'FIRST'],
  excludedUserIds: [],
};

/** One page of the documents list holding these documents. */
export function aPage(items: readonly DocumentView[]): DocumentPage {
  return { items: [...items], page: 1, pageSize: 20, total: items.length };
}
