import { parseIsoDate } from '../calendar/iso-date.js';
import { classifyIinBin } from '../identifiers/iin-bin.js';
import { ibanBankCode, validateKzIban } from '../identifiers/kz-iban.js';
import { asRecord } from './as-record.js';
import type { AmountReader } from './amount-reading.js';
import { IBAN_CODES, IIN_BIN_CODES, checkText, type Report } from './field-rules.js';
import { PaymentErrorCode } from './payment-error-code.js';
import { CONTRIBUTION_KINDS, type PaymentKind } from './payment-kind.js';
import type { EmployeeField, PaymentField } from './payment-violation.js';

/** A list longer than this is split into several orders; it keeps one signed content reasonable. */
export const MAX_EMPLOYEES = 1000;
export const MAX_EMPLOYEE_NAME_LENGTH = 160;

export type Reporter = (field: PaymentField) => Report;

const PERIOD = /^(0[1-9]|1[0-2])(\d{4})$/;

/**
 * The rules of an employee list, row by row (`employees[2].iin`): an individual's valid IIN, a name,
 * a positive amount; for contributions the birth date the IIN encodes and a period (MMYYYY) not after
 * the current month; for salary an account at this bank. No employee twice for the same period or
 * account. Returns the rows' total in tiyn when every amount could be read, for the total rule.
 */
export function checkEmployeeRows(
  rows: readonly unknown[],
  kind: PaymentKind,
  context: { today: string; ownBankCode: string },
  amounts: AmountReader,
  reporter: Reporter,
): number | undefined {
  const contribution = CONTRIBUTION_KINDS.has(kind);
  const seen = new Set<string>();
  let total: number | undefined = 0;
  rows.forEach((value, index) => {
    const row = asRecord(value);
    const at = (field: EmployeeField) => reporter(`employees[${index}].${field}`);
    const present = (field: EmployeeField): boolean => {
      const v = row[field];
      const missing = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
      if (missing) at(field)(PaymentErrorCode.FieldRequired, 'Required for every employee.');
      return !missing;
    };

    let birthDate: string | undefined;
    if (present('iin')) {
      const iin = classifyIinBin(row.iin as string);
      if ('code' in iin) at('iin')(IIN_BIN_CODES[iin.code], iin.message);
      else if (iin.kind !== 'IIN') {
        at('iin')(PaymentErrorCode.EmployeeNotIin, 'This is a BIN; an employee is named by their IIN.');
      } else birthDate = iin.birthDate;
    }
    if (present('fullName')) checkText(row.fullName, MAX_EMPLOYEE_NAME_LENGTH, at('fullName'));

    const amount = amounts.row(row);
    if (amount === undefined) at('amount')(PaymentErrorCode.FieldRequired, 'Required for every employee.');
    else if (typeof amount !== 'number') at('amount')(amount.code, amount.message);
    total = typeof amount === 'number' && total !== undefined ? total + amount : undefined;

    if (contribution) {
      if (present('birthDate')) checkBirthDate(row.birthDate, birthDate, at('birthDate'));
      if (present('period')) checkPeriod(row.period, context.today, at('period'));
      duplicate(`${String(row.iin)}|${String(row.period)}`, at('iin'));
    } else {
      if (present('iban')) checkOwnAccount(row.iban, context.ownBankCode, at('iban'));
      duplicate(`${String(row.iin)}|${String(row.iban)}`, at('iin'));
    }
  });
  return total;

  function duplicate(key: string, report: Report): void {
    if (seen.has(key)) {
      report(
        PaymentErrorCode.EmployeeDuplicate,
        'This employee is already in the list for the same period or account.',
      );
    }
    seen.add(key);
  }
}

/** The State Corporation matches contributions to people by IIN; a birth date that disagrees is a typo. */
function checkBirthDate(value: unknown, fromIin: string | undefined, report: Report): void {
  if (!parseIsoDate(value as string)) {
    report(PaymentErrorCode.DateFormat, 'A date is a real calendar day written YYYY-MM-DD.');
  } else if (fromIin !== undefined && value !== fromIin) {
    report(PaymentErrorCode.BirthDateMismatch, `The IIN says this employee was born on ${fromIin}.`);
  }
}

/** Contributions are paid for a month that has begun, never in advance of it. */
function checkPeriod(value: unknown, today: string, report: Report): void {
  const match = typeof value === 'string' ? PERIOD.exec(value) : null;
  if (!match || Number(match[2]) < 1998) {
    report(PaymentErrorCode.PeriodFormat, 'A period is a month written MMYYYY, e.g. 022026.');
    return;
  }
  const period = `${match[2]}-${match[1]}`;
  if (period > today.slice(0, 7)) {
    report(PaymentErrorCode.PeriodInFuture, 'Contributions are paid for the current or a past month.');
  }
}

function checkOwnAccount(value: unknown, ownBankCode: string, report: Report): void {
  const issue = validateKzIban(value as string);
  if (issue) report(IBAN_CODES[issue.code], issue.message);
  else if (ibanBankCode(value as string) !== ownBankCode) {
    report(PaymentErrorCode.AccountNotAtThisBank, 'Salary is paid to employees’ accounts at this bank.');
  }
}
