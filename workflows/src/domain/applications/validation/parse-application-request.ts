import type { ApplicationContent } from '../application-content.js';
import type { FormApplicationKind } from '../application-kind.js';
import type { ApplicationValidationContext } from './application-validation-context.js';
import type { ApplicationViolation } from './application-violation.js';
import { parseBankCertificate } from './parse-bank-certificate.js';
import { parseBankDetailsChange } from './parse-bank-details-change.js';
import { parseCashLodgement, parseCashWithdrawal } from './parse-cash.js';
import { parseCurrencyExchange } from './parse-currency-exchange.js';
import { parseForeignTransfer } from './parse-foreign-transfer.js';
import { parseLetter } from './parse-letter.js';
import { parseTenderGuarantee } from './parse-tender-guarantee.js';
import { RequestReader } from './request-reader.js';

export type ApplicationParseResult =
  | { readonly ok: true; readonly content: ApplicationContent }
  | { readonly ok: false; readonly violations: ApplicationViolation[] };

const PARSERS: Readonly<
  Record<FormApplicationKind, (reader: RequestReader) => ApplicationContent | undefined>
> = {
  CASH_WITHDRAWAL: parseCashWithdrawal,
  CASH_LODGEMENT: parseCashLodgement,
  TENDER_GUARANTEE: parseTenderGuarantee,
  BANK_CERTIFICATE: parseBankCertificate,
  BANK_DETAILS_CHANGE: parseBankDetailsChange,
  LETTER: parseLetter,
  FX_TRANSFER: parseForeignTransfer,
  CURRENCY_PURCHASE: (reader) => parseCurrencyExchange('CURRENCY_PURCHASE', reader),
  CURRENCY_SALE: (reader) => parseCurrencyExchange('CURRENCY_SALE', reader),
  CURRENCY_CONVERSION: (reader) => parseCurrencyExchange('CURRENCY_CONVERSION', reader),
};

/**
 * Turns what a client sent for an application of `kind` into the canonical content that will be
 * signed — text trimmed, IBANs without spaces and upper-case, codes upper-case, amounts in minor
 * units, fields the kind does not have left out — or reports every rule it breaks, each field once
 * (`field` a dotted path inside the request, `beneficiary.country`). Runs the same in the browser,
 * the API and the workflow. Never throws on a malformed request (any JSON may arrive); it throws
 * only when `context.today` is not a date, a fault of the caller rather than of the client.
 */
export function parseApplicationRequest(
  kind: FormApplicationKind,
  request: unknown,
  context: ApplicationValidationContext,
): ApplicationParseResult {
  if (!Object.hasOwn(PARSERS, kind)) throw new RangeError(`${String(kind)} is not a kind made by a form.`);
  const reader = new RequestReader(request, context);
  const parse = PARSERS[kind];
  const content = parse(reader);
  return content === undefined ? { ok: false, violations: reader.violations } : { ok: true, content };
}
