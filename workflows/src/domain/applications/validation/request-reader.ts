import { parseIsoDate, type CalendarDate } from '../../calendar/iso-date.js';
import { isIsoCurrency } from '../../currency/iso-4217.js';
import { parseMoney, type MoneyIssueCode } from '../../currency/money.js';
import { normalizeIban, validateKzIban, type KzIbanIssueCode } from '../../identifiers/kz-iban.js';
import type { ValidationIssue } from '../../validation-issue.js';
import type { Money } from '../application-content.js';
import { ApplicationErrorCode } from './application-error-code.js';
import type { ApplicationValidationContext } from './application-validation-context.js';
import type { ApplicationViolation } from './application-violation.js';

const KZ_IBAN_CODES: Readonly<Record<KzIbanIssueCode, ApplicationErrorCode>> = {
  IBAN_LENGTH: ApplicationErrorCode.IbanLength,
  IBAN_CHARACTERS: ApplicationErrorCode.IbanCharacters,
  IBAN_COUNTRY: ApplicationErrorCode.IbanCountry,
  IBAN_FORMAT: ApplicationErrorCode.IbanFormat,
  IBAN_CHECKSUM: ApplicationErrorCode.IbanChecksum,
};
const MONEY_CODES: Readonly<Record<MoneyIssueCode, ApplicationErrorCode>> = {
  MONEY_FORMAT: ApplicationErrorCode.AmountFormat,
  MONEY_TOO_MANY_DECIMALS: ApplicationErrorCode.AmountTooManyDecimals,
  MONEY_NOT_POSITIVE: ApplicationErrorCode.AmountNotPositive,
  MONEY_TOO_LARGE: ApplicationErrorCode.AmountTooLarge,
  MONEY_CURRENCY: ApplicationErrorCode.CurrencyUnknown,
};

/** Control characters other than CR and LF, and a UTF-16 surrogate without its other half. */
const UNTYPABLE = /[^\P{Cc}\r\n]|\p{Cs}/u;

/** One of the organization's accounts, as a request names it. */
export interface OwnAccount {
  readonly iban: string;
  readonly currency: string;
}

/**
 * Reads a request of any JSON shape field by field, normalizing what people type and collecting
 * every violation — one per field, the first rule it breaks, so a field shows one thing to fix.
 * Each reader returns the canonical value, or `undefined` when the field is absent or broken.
 */
export class RequestReader {
  readonly today: CalendarDate;
  private readonly found: ApplicationViolation[] = [];
  private readonly reported = new Set<string>();

  constructor(
    private readonly request: unknown,
    readonly context: ApplicationValidationContext,
  ) {
    const today = parseIsoDate(context.today);
    // A fault of the caller, not of the client: the API always knows the day.
    if (!today)
      throw new RangeError(`The validation context's today is not a YYYY-MM-DD date: ${context.today}`);
    this.today = today;
  }

  get violations(): ApplicationViolation[] {
    return [...this.found];
  }

  get ok(): boolean {
    return this.found.length === 0;
  }

  report(field: string, code: ApplicationErrorCode, message: string): void {
    if (this.reported.has(field)) return;
    this.reported.add(field);
    this.found.push({ field, code, message });
  }

  hasViolation(field: string): boolean {
    return this.reported.has(field);
  }

  /** The raw value at a dotted path; own properties only, so `constructor` is never a field. */
  raw(path: string): unknown {
    let node: unknown = this.request;
    for (const key of path.split('.')) {
      if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, key)) {
        return undefined;
      }
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }

  /** The value is there: not absent, null, or blank text. */
  present(path: string): boolean {
    const value = this.raw(path);
    return !(value === undefined || value === null || (typeof value === 'string' && value.trim() === ''));
  }

  /** Trimmed text, or undefined (reporting it when `required`) when absent; a non-string is a violation. */
  string(path: string, required: boolean): string | undefined {
    if (!this.present(path)) {
      if (required) this.report(path, ApplicationErrorCode.FieldRequired, 'A value is required.');
      return undefined;
    }
    const value = this.raw(path);
    if (typeof value !== 'string') {
      this.report(path, ApplicationErrorCode.FieldType, 'The value must be text.');
      return undefined;
    }
    return value.trim();
  }

  /**
   * Free text: trimmed, at most `max` characters (code points, as the bank's systems count them),
   * and only what people type — it is signed and printed exactly as stored.
   */
  text(path: string, max: number, required = true): string | undefined {
    const text = this.string(path, required);
    if (text === undefined) return undefined;
    if ([...text].length > max) {
      this.report(path, ApplicationErrorCode.TextTooLong, `At most ${max} characters.`);
      return undefined;
    }
    if (UNTYPABLE.test(text)) {
      this.report(path, ApplicationErrorCode.TextCharacters, 'Text must not contain control characters.');
      return undefined;
    }
    return text;
  }

  /** One of fixed values, compared exactly (they are codes, not what people type). */
  oneOf<T extends string>(
    path: string,
    values: readonly T[],
    required = true,
    code = ApplicationErrorCode.EnumValue,
  ): T | undefined {
    const text = this.string(path, required);
    if (text === undefined) return undefined;
    if (!(values as readonly string[]).includes(text)) {
      this.report(path, code, `One of ${values.join(', ')}.`);
      return undefined;
    }
    return text as T;
  }

  /** A text identifier normalized by `normalize` and checked by `validate`, its issue codes mapped. */
  identifier<Code extends string>(
    path: string,
    normalize: (text: string) => string,
    validate: (text: string) => ValidationIssue<Code> | undefined,
    codes: Readonly<Record<Code, ApplicationErrorCode>>,
    required = true,
  ): string | undefined {
    const text = this.string(path, required);
    if (text === undefined) return undefined;
    const value = normalize(text);
    const issue = validate(value);
    if (issue) {
      this.report(path, codes[issue.code], issue.message);
      return undefined;
    }
    return value;
  }

  /** One of the organization's accounts: a valid Kazakh IBAN (spaces and case forgiven) that it holds. */
  ownAccount(path: string, required = true): OwnAccount | undefined {
    const iban = this.identifier(path, normalizeIban, validateKzIban, KZ_IBAN_CODES, required);
    if (iban === undefined) return undefined;
    const account = this.context.accounts.get(iban);
    if (!account) {
      this.report(
        path,
        ApplicationErrorCode.AccountNotOwned,
        'The account is not one of the organization’s.',
      );
      return undefined;
    }
    return { iban, currency: account.currency };
  }

  /**
   * The currency an amount is in: an ISO 4217 code (case forgiven) that is the account's, when the
   * account is known.
   */
  currencyOf(path: string, account: OwnAccount | undefined): string | undefined {
    const text = this.string(path, true);
    if (text === undefined) return undefined;
    const currency = text.toUpperCase();
    if (!isIsoCurrency(currency)) {
      this.report(path, ApplicationErrorCode.CurrencyUnknown, 'Not an ISO 4217 currency in circulation.');
      return undefined;
    }
    if (account && account.currency !== currency) {
      this.report(
        path,
        ApplicationErrorCode.CurrencyNotOfAccount,
        `The account is in ${account.currency}, not ${currency}.`,
      );
      return undefined;
    }
    return currency;
  }

  /**
   * An amount's decimal text in `currency`, exactly. Without a known currency only what holds
   * whatever the currency is checked: that it is a positive decimal.
   */
  money(path: string, currency: string | undefined): Money | undefined {
    const text = this.string(path, true);
    if (text === undefined) return undefined;
    const parsed = parseMoney(text, currency ?? 'KZT');
    if (!('code' in parsed)) return currency === undefined ? undefined : parsed;
    const shapeIssue = parsed.code === 'MONEY_FORMAT' || parsed.code === 'MONEY_NOT_POSITIVE';
    if (currency !== undefined || shapeIssue) this.report(path, MONEY_CODES[parsed.code], parsed.message);
    return undefined;
  }

  /** A real calendar day written YYYY-MM-DD. */
  date(path: string, required = true): CalendarDate | undefined {
    const text = this.string(path, required);
    if (text === undefined) return undefined;
    const date = parseIsoDate(text);
    if (!date) {
      this.report(
        path,
        ApplicationErrorCode.DateInvalid,
        'A date is a real calendar day written YYYY-MM-DD.',
      );
    }
    return date;
  }
}
