import { formatMoney } from '../../currency/money.js';
import type {
  ApplicationContent,
  BankCertificateRequest,
  BankDetailsChange,
  CashLodgement,
  CashWithdrawal,
  ContentOf,
  CurrencyExchange,
  ForeignTransfer,
  Letter,
  TenderGuarantee,
} from '../application-content.js';
import type { FormApplicationKind } from '../application-kind.js';

/** An amount as a request carries it: decimal text and, where it is not implied, its currency. */
interface MoneyText {
  amount: string;
  currency: string;
}

/**
 * What a form sends for each kind (the contract's request table): the content without its `kind`,
 * amounts as decimal text, a letter's files as the ids of uploads. An exchange's amount has no
 * currency of its own: it is that of the fixed side's account.
 */
export interface ApplicationRequests {
  CASH_WITHDRAWAL: Omit<CashWithdrawal, 'kind' | 'amount'> & MoneyText;
  CASH_LODGEMENT: Omit<CashLodgement, 'kind' | 'amount'> & MoneyText;
  TENDER_GUARANTEE: Omit<TenderGuarantee, 'kind' | 'amount'> & MoneyText;
  BANK_CERTIFICATE: Omit<BankCertificateRequest, 'kind'>;
  BANK_DETAILS_CHANGE: Omit<BankDetailsChange, 'kind'>;
  LETTER: Omit<Letter, 'kind' | 'attachments'> & { attachmentIds: string[] };
  FX_TRANSFER: Omit<ForeignTransfer, 'kind' | 'amount'> & MoneyText;
  CURRENCY_PURCHASE: Omit<CurrencyExchange, 'kind' | 'amount'> & { amount: string };
  CURRENCY_SALE: Omit<CurrencyExchange, 'kind' | 'amount'> & { amount: string };
  CURRENCY_CONVERSION: Omit<CurrencyExchange, 'kind' | 'amount'> & { amount: string };
}
export type ApplicationRequestOf<K extends FormApplicationKind> = ApplicationRequests[K];

/**
 * The request that parses back into `content`: how a saved application is put back into its form
 * for editing. parseApplicationRequest(kind, renderApplicationRequest(content)) gives the content.
 */
export function renderApplicationRequest<K extends FormApplicationKind>(
  content: ContentOf<K>,
): ApplicationRequestOf<K> {
  return renderAny(content) as ApplicationRequestOf<K>;
}

function renderAny(content: ApplicationContent): object {
  switch (content.kind) {
    case 'CANCELLATION':
      throw new RangeError('A cancellation is made from the application it cancels, not by a form.');
    case 'LETTER': {
      const { kind: _kind, attachments, ...rest } = content;
      return { ...rest, attachmentIds: attachments.map((attachment) => attachment.id) };
    }
    case 'BANK_CERTIFICATE':
    case 'BANK_DETAILS_CHANGE': {
      const { kind: _kind, ...rest } = content;
      return rest;
    }
    case 'CURRENCY_PURCHASE':
    case 'CURRENCY_SALE':
    case 'CURRENCY_CONVERSION': {
      const { kind: _kind, amount, ...rest } = content;
      return { ...rest, amount: formatMoney(amount) };
    }
    default: {
      const { kind: _kind, amount, ...rest } = content;
      return { ...rest, amount: formatMoney(amount), currency: amount.currency };
    }
  }
}
