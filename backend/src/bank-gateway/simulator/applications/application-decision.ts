import { quoteExchange, type ApplicationContent, type ApplicationResult } from '@qoltanba/workflows/domain';
import type { AccountState } from '../payment-decision.js';

/** A money movement the desk books when it executes an application. */
export interface ApplicationPosting {
  iban: string;
  /** Signed minor units of the account's currency: negative takes money from it. */
  amountMinor: number;
  description: string;
}

export type ApplicationDecision =
  | { status: 'DONE'; result: Omit<ApplicationResult, 'file'>; postings: ApplicationPosting[] }
  | { status: 'REFUSED'; reason: string };

/** The accounts an application moves money on or speaks about: the bank must hold each. */
export function accountsOf(content: ApplicationContent): string[] {
  switch (content.kind) {
    case 'CASH_WITHDRAWAL':
    case 'CASH_LODGEMENT':
    case 'TENDER_GUARANTEE':
      return [content.accountIban];
    case 'BANK_CERTIFICATE':
      return content.accountIban ? [content.accountIban] : [];
    case 'FX_TRANSFER':
      return [content.payerIban];
    case 'CURRENCY_PURCHASE':
    case 'CURRENCY_SALE':
    case 'CURRENCY_CONVERSION':
      return [content.debitIban, content.creditIban];
    default:
      return [];
  }
}

/**
 * What the bank does with an application it executes, given the accounts it holds (locked) and its
 * rates now. Pure: the desk books the postings in the same transaction. Certificates and
 * cancellations need more than this and are the desk's own.
 */
export function decideApplication(
  content: ApplicationContent,
  accounts: ReadonlyMap<string, AccountState>,
  rates: ReadonlyMap<string, { buy: string; sell: string }>,
): ApplicationDecision {
  for (const iban of accountsOf(content)) {
    const account = accounts.get(iban);
    if (!account) return { status: 'REFUSED', reason: 'ACCOUNT_NOT_FOUND' };
    if (account.blocked) return { status: 'REFUSED', reason: 'ACCOUNT_BLOCKED' };
  }
  const short = (iban: string, minor: number) => accounts.get(iban)!.balanceTiyn < minor;
  const insufficient: ApplicationDecision = { status: 'REFUSED', reason: 'INSUFFICIENT_FUNDS' };
  switch (content.kind) {
    case 'CASH_WITHDRAWAL':
      if (short(content.accountIban, content.amount.minor)) return insufficient;
      return {
        status: 'DONE',
        result: { debited: content.amount },
        postings: [
          {
            iban: content.accountIban,
            amountMinor: -content.amount.minor,
            description: `Cash withdrawal, branch ${content.branch}`,
          },
        ],
      };
    case 'FX_TRANSFER':
      if (short(content.payerIban, content.amount.minor)) return insufficient;
      return {
        status: 'DONE',
        result: { debited: content.amount },
        postings: [
          { iban: content.payerIban, amountMinor: -content.amount.minor, description: content.purpose },
        ],
      };
    case 'CURRENCY_PURCHASE':
    case 'CURRENCY_SALE':
    case 'CURRENCY_CONVERSION': {
      const quote = quoteExchange({
        kind: content.kind,
        debitCurrency: accounts.get(content.debitIban)!.currency,
        creditCurrency: accounts.get(content.creditIban)!.currency,
        fixedSide: content.fixedSide,
        amountMinor: content.amount.minor,
        rates,
        ...(content.rate.kind === 'LIMIT' ? { limit: content.rate.rate } : {}),
      });
      if (!quote.ok) return { status: 'REFUSED', reason: quote.reason };
      const description = `${content.purpose} (${quote.executedRate})`;
      if (short(content.debitIban, quote.debited.minor)) return insufficient;
      return {
        status: 'DONE',
        result: { executedRate: quote.executedRate, debited: quote.debited, credited: quote.credited },
        postings: [
          { iban: content.debitIban, amountMinor: -quote.debited.minor, description },
          { iban: content.creditIban, amountMinor: quote.credited.minor, description },
        ],
      };
    }
    case 'CASH_LODGEMENT':
      // The cash is brought to the branch; it is booked when counted there, not by the application.
      return { status: 'DONE', result: { note: 'CASH_EXPECTED_AT_BRANCH' }, postings: [] };
    case 'BANK_DETAILS_CHANGE':
      return { status: 'DONE', result: { note: 'DETAILS_UPDATED' }, postings: [] };
    case 'LETTER':
      return { status: 'DONE', result: { note: 'LETTER_RECEIVED' }, postings: [] };
    default:
      return { status: 'DONE', result: {}, postings: [] };
  }
}
