import type { SendingRule } from '../documents/signature-policy.js';

/**
 * The kinds of tenge payment order the catalogue offers (seeds 000 and 001). Every kind is the same
 * document on the same workflow and signature rules; the kind decides which fields it must carry,
 * which KNP codes it may use and, for one kind, how it reaches the bank.
 */
export const PAYMENT_KINDS = [
  /** To a client of this or another bank: goods, services, anything not listed below. */
  'ORDINARY',
  /** Taxes and other payments to the budget: a tax office, the Treasury's account, a KBK. */
  'BUDGET',
  /** Mandatory pension contributions (and their penalties), with the employee list. */
  'PENSION',
  /** Social contributions (and their penalties), with the employee list. */
  'SOCIAL',
  /** Mandatory social health insurance, with the employee list. */
  'HEALTH_INSURANCE',
  /** Salary and other payments to employees' accounts at this bank, with the employee list. */
  'SALARY',
  /** Money onto a card account at this bank. */
  'CARD_TOP_UP',
  /** A transfer within this bank's network made from one of the organization's templates. */
  'TEMPLATE_TRANSFER',
] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** Kinds whose order carries an employee list (IIN, name and an amount per employee). */
export const LIST_KINDS: ReadonlySet<PaymentKind> = new Set([
  'PENSION',
  'SOCIAL',
  'HEALTH_INSURANCE',
  'SALARY',
]);

/** The contribution kinds: paid to the State Corporation, each row with a birth date and a period. */
export const CONTRIBUTION_KINDS: ReadonlySet<PaymentKind> = new Set([
  'PENSION',
  'SOCIAL',
  'HEALTH_INSURANCE',
]);

/** Kinds whose beneficiary account must be at this bank: the money never leaves it. */
export const IN_BANK_KINDS: ReadonlySet<PaymentKind> = new Set([
  'SALARY',
  'CARD_TOP_UP',
  'TEMPLATE_TRANSFER',
]);

/**
 * KNP codes the law ties to a kind (domain.md §10). They are refused on any other kind, so a pension
 * contribution is never sent without its list. Codes not listed here (goods, services, salary — the
 * salary codes are not confirmed and stay in the editable catalogue) fit every other kind.
 */
export const STATUTORY_KNP: Readonly<Partial<Record<PaymentKind, readonly string[]>>> = {
  BUDGET: ['911', '912'],
  PENSION: ['010', '019', '089'],
  SOCIAL: ['012', '017'],
  HEALTH_INSURANCE: ['121', '122'],
};

const KIND_OF_STATUTORY_KNP: ReadonlyMap<string, PaymentKind> = new Map(
  Object.entries(STATUTORY_KNP).flatMap(([kind, codes]) => codes.map((code) => [code, kind as PaymentKind])),
);

/** The kind a KNP is reserved to, if the law reserves it. */
export function kindOfStatutoryKnp(knp: string): PaymentKind | undefined {
  return KIND_OF_STATUTORY_KNP.get(knp);
}

export function isPaymentKind(value: unknown): value is PaymentKind {
  return typeof value === 'string' && (PAYMENT_KINDS as readonly string[]).includes(value);
}

/** An order without a kind (every order made before the catalogue) is an ordinary payment. */
export function paymentKindOf(order: { kind?: PaymentKind }): PaymentKind {
  return order.kind ?? 'ORDINARY';
}

/**
 * How a payment reaches the bank. Every kind needs an EDS from the Standard channel (seed 000: only
 * Standard sends payments), except a transfer by template, which the seed lets Mobile make: it sends
 * once its signatures are complete, OTP approvals included. That is safe to allow because the money
 * stays inside this bank (the beneficiary is checked to be ours) and goes only to a beneficiary the
 * organization saved beforehand in a template (checked by the API against the template). The workflow
 * applies the rule, so no client can send another kind without the EDS.
 */
export function sendingRuleOfPayment(order: { kind?: PaymentKind }): SendingRule {
  return paymentKindOf(order) === 'TEMPLATE_TRANSFER' ? 'ANY_SIGNATURE' : 'STANDARD_EDS';
}
