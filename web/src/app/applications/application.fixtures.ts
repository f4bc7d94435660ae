import type { ApplicationView, ProcessItem, ProcessPage } from './application';

/**
 * An application as the API shows it: by default a draft cash withdrawal of 150 000.00 ₸ written by
 * user-1. Override what a test is about (status, awaiting, content, bank answer).
 */
export function anApplication(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'app-1',
    kind: 'CASH_WITHDRAWAL',
    family: 'SERVICE',
    number: '2026-000017',
    status: 'DRAFT',
    authorId: 'user-1',
    revision: 1,
    content: {
      kind: 'CASH_WITHDRAWAL',
      accountIban: 'KZ869980000000000001',
      amount: { minor: 15000000, currency: 'KZT' },
      date: '2026-03-17',
      branch: 'ALA-01',
      purpose: 'Business trip expenses',
    },
    contentHash: 'hash-app-1',
    signatures: [],
    deadline: '2026-03-20T18:00:00Z',
    bank: {},
    awaiting: { kind: 'SUBMISSION', authorId: 'user-1' },
    createdAt: '2026-03-16T04:00:00Z',
    updatedAt: '2026-03-16T04:00:00Z',
    ...overrides,
  };
}

export function aProcessItem(overrides: Partial<ProcessItem> = {}): ProcessItem {
  return {
    id: 'app-1',
    type: 'application',
    kind: 'CASH_WITHDRAWAL',
    title: 'ALA-01',
    status: 'AWAITING_SIGNATURES',
    amount: { minor: 15000000, currency: 'KZT' },
    accountIban: 'KZ869980000000000001',
    awaiting: 'PERSON',
    awaitingMe: false,
    createdAt: '2026-03-16T04:00:00Z',
    updatedAt: '2026-03-16T04:00:00Z',
    ...overrides,
  };
}

export function aProcessPage(items: readonly ProcessItem[], awaitingMe = 0): ProcessPage {
  return { items: [...items], page: 1, pageSize: 20, total: items.length, awaitingMe };
}
