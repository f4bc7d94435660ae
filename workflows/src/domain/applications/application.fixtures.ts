/** Test data for the application specs (left out of the build with every *.fixtures.ts). */
import type { ApplicationContent, ContentOf } from './application-content.js';
import type { FormApplicationKind } from './application-kind.js';

const KZT_ACCOUNT = 'KZ86125KZT5004100100';
const USD_ACCOUNT = 'KZ476010131000179714';
const EUR_ACCOUNT = 'KZ86722C000016068502';

/** A valid content of each kind a form makes, dated relative to `today` (YYYY-MM-DD). */
export function contentOf<K extends FormApplicationKind>(kind: K, today = '2026-12-04'): ContentOf<K> {
  return anyContentOf(kind, today) as ContentOf<K>;
}

function anyContentOf(kind: FormApplicationKind, today: string): ApplicationContent {
  switch (kind) {
    case 'CASH_WITHDRAWAL':
      return {
        kind,
        accountIban: KZT_ACCOUNT,
        amount: { minor: 150_000_00, currency: 'KZT' },
        date: today,
        branch: 'ALA-01',
        purpose: 'Business travel',
      };
    case 'CASH_LODGEMENT':
      return {
        kind,
        accountIban: KZT_ACCOUNT,
        amount: { minor: 80_000_00, currency: 'KZT' },
        date: today,
        branch: 'ALA-01',
        source: 'Retail revenue',
      };
    case 'TENDER_GUARANTEE':
      return {
        kind,
        accountIban: KZT_ACCOUNT,
        tender: { number: 'T-2026-0117', subject: 'Office furniture' },
        beneficiary: { name: 'АО «Заказчик»', binIin: '940140000385' },
        amount: { minor: 1_000_000_00, currency: 'KZT' },
        validUntil: '2027-03-31',
      };
    case 'BANK_CERTIFICATE':
      return { kind, certificateKind: 'BALANCE', accountIban: KZT_ACCOUNT, language: 'ru', asOf: today };
    case 'BANK_DETAILS_CHANGE':
      return { kind, legalAddress: 'Алматы, пр. Абая 10', note: 'Moved office' };
    case 'LETTER':
      return { kind, subject: 'Statement question', body: 'Please explain entry 42.', attachments: [] };
    case 'FX_TRANSFER':
      return {
        kind,
        payerIban: USD_ACCOUNT,
        amount: { minor: 12_500_00, currency: 'USD' },
        valueDate: today,
        beneficiary: {
          name: 'Acme GmbH',
          address: 'Hauptstrasse 1, Berlin',
          country: 'DE',
          account: 'DE89370400440532013000',
        },
        bank: { bic: 'COBADEFFXXX', name: 'Commerzbank' },
        charges: 'SHA',
        purpose: 'Payment for equipment, invoice 77',
        knp: '710',
        contract: { number: 'C-17', date: '2026-10-01' },
      };
    case 'CURRENCY_PURCHASE':
      return {
        kind,
        debitIban: KZT_ACCOUNT,
        creditIban: USD_ACCOUNT,
        fixedSide: 'CREDIT',
        amount: { minor: 1_000_00, currency: 'USD' },
        rate: { kind: 'BANK' },
        valueDate: today,
        purpose: 'Import payment',
      };
    case 'CURRENCY_SALE':
      return {
        kind,
        debitIban: USD_ACCOUNT,
        creditIban: KZT_ACCOUNT,
        fixedSide: 'DEBIT',
        amount: { minor: 500_00, currency: 'USD' },
        rate: { kind: 'LIMIT', rate: '465.00' },
        valueDate: today,
        purpose: 'Salary fund',
      };
    case 'CURRENCY_CONVERSION':
      return {
        kind,
        debitIban: USD_ACCOUNT,
        creditIban: EUR_ACCOUNT,
        fixedSide: 'DEBIT',
        amount: { minor: 200_00, currency: 'USD' },
        rate: { kind: 'BANK' },
        valueDate: today,
        purpose: 'Supplier in EUR',
      };
  }
}
