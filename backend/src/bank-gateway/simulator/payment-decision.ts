import type { BankPaymentOrder, BankRejectionReason } from '../bank-gateway.js';
import { ibanBankCode, validateKzIban } from '@qoltanba/workflows/domain';

/** The simulated bank's identity, from configuration. */
export interface SimulatedBank {
  bankCode: string;
  bic: string;
}

/** An account as locked for the decision. */
export interface AccountState {
  iban: string;
  currency: string;
  holderName: string;
  holderBinIin: string;
  balanceTiyn: number;
  blocked: boolean;
}

export interface MatchedRule {
  id: string;
  reason: BankRejectionReason;
  note: string | null;
}

export type PaymentDecision =
  | { status: 'EXECUTED' }
  | { status: 'ACCEPTED' }
  | { status: 'REJECTED'; reason: BankRejectionReason; detail: string };

const reject = (reason: BankRejectionReason, detail: string): PaymentDecision => ({
  status: 'REJECTED',
  reason,
  detail,
});

/** A beneficiary whose IBAN carries our bank code is ours: the money never leaves the bank. */
export function isIntraBank(order: BankPaymentOrder, bank: SimulatedBank): boolean {
  return ibanBankCode(order.beneficiary.iban) === bank.bankCode;
}

/**
 * What the bank answers when an order arrives. Intra-bank payments are decided completely (EXECUTED
 * or REJECTED); interbank ones are ACCEPTED and their funds are checked when they execute.
 * `beneficiary` is looked up only for intra-bank orders.
 */
export function decideSubmission(input: {
  order: BankPaymentOrder;
  bank: SimulatedBank;
  payer: AccountState | undefined;
  beneficiary: AccountState | undefined;
  rule: MatchedRule | undefined;
}): PaymentDecision {
  const { order, bank, payer, beneficiary, rule } = input;
  // An operator's instruction to reject wins over everything the bank would check itself.
  if (rule) {
    return reject(rule.reason, `rejection rule ${rule.id}${rule.note ? `: ${rule.note}` : ''}`);
  }
  // No payer account here (or a closed one) is refused like a blocked one: it cannot be debited.
  if (!payer || payer.blocked) return decideExecution(order.amountTiyn, payer);
  if (payer.currency !== order.currency) {
    return reject(
      'REJECTED_BY_RULE',
      `payer account is in ${payer.currency}, the order in ${order.currency}`,
    );
  }

  if (validateKzIban(order.beneficiary.iban) !== undefined) {
    return reject('INVALID_BENEFICIARY', 'the beneficiary IBAN is not a valid Kazakh IBAN');
  }
  if (!isIntraBank(order, bank)) {
    if (order.beneficiary.bic === bank.bic) {
      return reject('INVALID_BENEFICIARY', `BIC ${bank.bic} is ours but the IBAN is another bank's`);
    }
    return { status: 'ACCEPTED' };
  }
  if (order.beneficiary.bic !== bank.bic) {
    return reject('INVALID_BENEFICIARY', `the IBAN is ours but the BIC is ${order.beneficiary.bic}`);
  }
  if (order.beneficiary.iban === order.payerIban) {
    return reject('INVALID_BENEFICIARY', 'the beneficiary account is the payer account');
  }
  if (!beneficiary) return reject('INVALID_BENEFICIARY', 'beneficiary account not found at this bank');
  if (beneficiary.blocked) return reject('INVALID_BENEFICIARY', 'beneficiary account is blocked');
  if (beneficiary.currency !== order.currency) {
    return reject('INVALID_BENEFICIARY', `beneficiary account is in ${beneficiary.currency}`);
  }
  if (beneficiary.holderBinIin !== order.beneficiary.binIin) {
    return reject('INVALID_BENEFICIARY', 'the beneficiary BIN/IIN is not the account holder’s');
  }
  return decideExecution(order.amountTiyn, payer);
}

/**
 * A salary payment, addressed to this bank: the bank credits each employee's account, so each must
 * be here, open, in tenge and held by the employee the row names.
 */
export function decidePayroll(input: {
  order: BankPaymentOrder;
  payer: AccountState | undefined;
  employees: readonly { iin: string; account: AccountState | undefined }[];
  rule: MatchedRule | undefined;
}): PaymentDecision {
  const { order, payer, employees, rule } = input;
  if (rule) return reject(rule.reason, `rejection rule ${rule.id}${rule.note ? `: ${rule.note}` : ''}`);
  if (!payer || payer.blocked) return decideExecution(order.amountTiyn, payer);
  if (payer.currency !== order.currency) {
    return reject(
      'REJECTED_BY_RULE',
      `payer account is in ${payer.currency}, the order in ${order.currency}`,
    );
  }
  for (const [index, { iin, account }] of employees.entries()) {
    const row = `employees[${index}]`;
    if (!account) return reject('INVALID_BENEFICIARY', `${row}: account not found at this bank`);
    if (account.blocked) return reject('INVALID_BENEFICIARY', `${row}: account is blocked`);
    if (account.currency !== order.currency) {
      return reject('INVALID_BENEFICIARY', `${row}: account is in ${account.currency}`);
    }
    if (account.holderBinIin !== iin)
      return reject('INVALID_BENEFICIARY', `${row}: not the employee’s account`);
  }
  return decideExecution(order.amountTiyn, payer);
}

/** At execution time only the payer's state can have changed: blocked meanwhile, or spent. */
export function decideExecution(amountTiyn: number, payer: AccountState | undefined): PaymentDecision {
  if (!payer) return reject('ACCOUNT_BLOCKED', 'payer account not found at this bank');
  if (payer.blocked) return reject('ACCOUNT_BLOCKED', 'payer account is blocked');
  if (payer.balanceTiyn < amountTiyn) {
    return reject('INSUFFICIENT_FUNDS', `balance ${payer.balanceTiyn} tiyn, amount ${amountTiyn} tiyn`);
  }
  return { status: 'EXECUTED' };
}
