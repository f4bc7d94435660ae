import { classifyIinBin } from '../identifiers/iin-bin.js';
import { validateKbk } from '../identifiers/kbk.js';
import { ibanBankCode, validateKzIban } from '../identifiers/kz-iban.js';
import { CONTRIBUTION_PAYEES, TREASURY_BUDGET_ACCOUNT, type StatePayee } from '../reference/state-payees.js';
import { asRecord } from './as-record.js';
import type { AmountReader } from './amount-reading.js';
import { MAX_EMPLOYEES, checkEmployeeRows, type Reporter } from './employee-list.js';
import type { Report } from './field-rules.js';
import { PaymentErrorCode } from './payment-error-code.js';
import type { PaymentField } from './payment-violation.js';
import {
  IN_BANK_KINDS,
  LIST_KINDS,
  STATUTORY_KNP,
  kindOfStatutoryKnp,
  type PaymentKind,
} from './payment-kind.js';
import type { PaymentValidationContext } from './tenge-payment-order.js';

/** Bank codes of the state payees: their money comes only through their own kinds of payment. */
const STATE_PAYEE_BANK_CODES: ReadonlySet<string> = new Set(['070', '009']);

/**
 * The rules one kind of payment adds to those of every payment order: its fixed beneficiary, its KNP
 * codes, the KBK of budget payments, the employee list and its total, the accounts that must be at
 * this bank, the template of a template transfer. A field already refused by the rules of every
 * order (`refused`) is not refused again for its kind.
 */
export function checkKindRules(
  order: Readonly<Record<string, unknown>>,
  kind: PaymentKind,
  context: PaymentValidationContext,
  amounts: AmountReader,
  report: Reporter,
  refused: (field: PaymentField) => boolean,
): void {
  const reporter: Reporter = (field) => (code, message) => {
    if (!refused(field)) report(field)(code, message);
  };
  const beneficiary = asRecord(order.beneficiary);
  const iban =
    typeof beneficiary.iban === 'string' && !validateKzIban(beneficiary.iban) ? beneficiary.iban : undefined;

  checkKnpOfKind(order.knp, kind, context.knpCatalogue, reporter('knp'));

  const payee: StatePayee | undefined =
    kind === 'BUDGET' ? TREASURY_BUDGET_ACCOUNT : CONTRIBUTION_PAYEES[kind];
  if (payee) {
    checkFixed(beneficiary, payee, reporter);
    if (
      kind === 'BUDGET' &&
      typeof beneficiary.binIin === 'string' &&
      !context.taxOffices.has(beneficiary.binIin)
    ) {
      reporter('beneficiary.binIin')(
        PaymentErrorCode.TaxOfficeUnknown,
        'A budget payment goes to a state revenue office from the directory.',
      );
    }
  } else if (iban && STATE_PAYEE_BANK_CODES.has(ibanBankCode(iban))) {
    reporter('beneficiary.iban')(
      PaymentErrorCode.BeneficiaryNeedsKind,
      'Taxes and contributions are paid as a budget, pension, social or health-insurance payment.',
    );
  }
  if (IN_BANK_KINDS.has(kind) && iban && ibanBankCode(iban) !== context.ownBankCode) {
    reporter('beneficiary.iban')(
      PaymentErrorCode.AccountNotAtThisBank,
      'This payment goes to an account at this bank.',
    );
  }
  if (kind === 'CARD_TOP_UP' && typeof beneficiary.binIin === 'string') {
    const holder = classifyIinBin(beneficiary.binIin);
    if (!('code' in holder) && holder.kind !== 'IIN') {
      reporter('beneficiary.binIin')(
        PaymentErrorCode.BeneficiaryNotIndividual,
        'A card account belongs to a person: give the cardholder’s IIN.',
      );
    }
  }

  checkKbk(order.kbk, kind === 'BUDGET', context.kbkCatalogue, reporter('kbk'));
  checkTemplate(order.templateId, kind === 'TEMPLATE_TRANSFER', reporter('templateId'));
  checkEmployees(order, kind, context, amounts, reporter);
}

function checkKnpOfKind(
  knp: unknown,
  kind: PaymentKind,
  catalogue: ReadonlySet<string>,
  report: Report,
): void {
  if (typeof knp !== 'string' || !catalogue.has(knp)) return; // the catalogue rule has reported it
  const own = STATUTORY_KNP[kind];
  const reservedTo = kindOfStatutoryKnp(knp);
  if (own ? !own.includes(knp) : reservedTo !== undefined) {
    report(
      PaymentErrorCode.KnpNotForKind,
      own
        ? `This kind of payment takes KNP ${own.join(', ')}.`
        : `KNP ${knp} is paid as a ${String(reservedTo).toLowerCase().replace('_', ' ')} payment.`,
    );
  }
}

function checkFixed(
  beneficiary: Readonly<Record<string, unknown>>,
  payee: StatePayee,
  reporter: Reporter,
): void {
  const fixed = [
    ['beneficiary.iban', beneficiary.iban, payee.iban],
    ['beneficiary.bic', beneficiary.bic, payee.bic],
    ['beneficiary.kbe', beneficiary.kbe, payee.kbe],
    ...(payee.binIin ? [['beneficiary.binIin', beneficiary.binIin, payee.binIin] as const] : []),
  ] as const;
  for (const [field, value, expected] of fixed) {
    if (typeof value === 'string' && value !== '' && value !== expected) {
      reporter(field)(
        PaymentErrorCode.BeneficiaryFixedByKind,
        `This kind of payment goes to ${expected} here.`,
      );
    }
  }
}

function absent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A budget payment names the budget revenue with a KBK from the catalogue; no other payment carries one. */
function checkKbk(value: unknown, budget: boolean, catalogue: ReadonlySet<string>, report: Report): void {
  if (!budget) {
    if (!absent(value)) report(PaymentErrorCode.KbkNotAllowed, 'Only budget payments carry a KBK.');
    return;
  }
  if (absent(value)) {
    report(PaymentErrorCode.KbkRequired, 'A budget payment needs a KBK.');
    return;
  }
  const issue = validateKbk(value as string);
  if (issue) report(PaymentErrorCode.KbkFormat, issue.message);
  else if (!catalogue.has(value as string)) {
    report(PaymentErrorCode.KbkUnknown, `KBK ${String(value)} is not in the bank's catalogue.`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkTemplate(value: unknown, needed: boolean, report: Report): void {
  if (!needed) {
    if (!absent(value))
      report(PaymentErrorCode.TemplateNotAllowed, 'Only a transfer by template names a template.');
  } else if (typeof value !== 'string' || !UUID.test(value)) {
    report(PaymentErrorCode.TemplateRequired, 'A transfer by template names one of your templates.');
  }
}

function checkEmployees(
  order: Readonly<Record<string, unknown>>,
  kind: PaymentKind,
  context: PaymentValidationContext,
  amounts: AmountReader,
  reporter: Reporter,
): void {
  const rows = order.employees;
  if (!LIST_KINDS.has(kind)) {
    if (rows !== undefined && rows !== null) {
      reporter('employees')(
        PaymentErrorCode.EmployeesNotAllowed,
        'Only contribution and salary payments carry an employee list.',
      );
    }
    return;
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    reporter('employees')(PaymentErrorCode.EmployeesRequired, 'List the employees this payment is for.');
    return;
  }
  if (rows.length > MAX_EMPLOYEES) {
    reporter('employees')(
      PaymentErrorCode.EmployeesTooMany,
      `At most ${MAX_EMPLOYEES} employees per order: split the list.`,
    );
    return;
  }
  const total = checkEmployeeRows(rows, kind, context, amounts, reporter);
  const amount = amounts.order(order);
  if (typeof amount === 'number' && total !== undefined && total !== amount) {
    reporter('amount')(
      PaymentErrorCode.EmployeesTotalMismatch,
      'The amount must equal the sum of the employees’ amounts.',
    );
  }
}
