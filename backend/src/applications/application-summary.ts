import type { ApplicationContent, Money } from '@qoltanba/workflows/domain';

/** What lists show of an application without a language: its subject, amount and account. */
export interface ApplicationSummary {
  subject: string | undefined;
  amount: Money | undefined;
  accountIban: string | undefined;
}

export function summaryOf(content: ApplicationContent): ApplicationSummary {
  switch (content.kind) {
    case 'CASH_WITHDRAWAL':
    case 'CASH_LODGEMENT':
      return { subject: content.branch, amount: content.amount, accountIban: content.accountIban };
    case 'TENDER_GUARANTEE':
      return { subject: content.tender.number, amount: content.amount, accountIban: content.accountIban };
    case 'BANK_CERTIFICATE':
      // The list names the kind in the reader's language; a code in the title would not be.
      return { subject: undefined, amount: undefined, accountIban: content.accountIban };
    case 'BANK_DETAILS_CHANGE':
      return { subject: undefined, amount: undefined, accountIban: undefined };
    case 'LETTER':
      return { subject: content.subject, amount: undefined, accountIban: undefined };
    case 'FX_TRANSFER':
      return { subject: content.beneficiary.name, amount: content.amount, accountIban: content.payerIban };
    case 'CURRENCY_PURCHASE':
    case 'CURRENCY_SALE':
    case 'CURRENCY_CONVERSION':
      return { subject: undefined, amount: content.amount, accountIban: content.debitIban };
    case 'CANCELLATION':
      return { subject: `№ ${content.cancelledNumber}`, amount: undefined, accountIban: undefined };
  }
}
