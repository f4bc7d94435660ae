/** Test data for the application validators' specs (left out of the build with every *.fixtures.ts). */
import { INITIAL_KNP_CATALOGUE, knpCodesOf } from '../../reference/knp-catalogue.js';
import { BANK_BRANCH_CODES } from '../../reference/bank-branches.js';
import type { ApplicationContent, AttachmentRef } from '../application-content.js';
import type { FormApplicationKind } from '../application-kind.js';
import { contentOf } from '../application.fixtures.js';
import { renderApplicationRequest } from './application-request.js';
import type { ApplicationValidationContext } from './application-validation-context.js';
import { parseApplicationRequest } from './parse-application-request.js';

export const TODAY = '2026-12-04';

export const KZT_ACCOUNT = 'KZ86125KZT5004100100';
export const USD_ACCOUNT = 'KZ476010131000179714';
export const EUR_ACCOUNT = 'KZ86722C000016068502';
export const SECOND_KZT_ACCOUNT = 'KZ698562203124676325';
/** A valid Kazakh IBAN the organization does not hold. */
export const FOREIGN_HELD_ACCOUNT = 'KZ24070105KSN0000000';

export const INVOICE: AttachmentRef = {
  id: 'att-1',
  fileName: 'invoice.pdf',
  mediaType: 'application/pdf',
  size: 52_113,
  sha256: 'a'.repeat(64),
};
export const SCAN: AttachmentRef = {
  id: 'att-2',
  fileName: 'scan.png',
  mediaType: 'image/png',
  size: 204_800,
  sha256: 'b'.repeat(64),
};

/** Contracts must be registered from 50 000 USD (or its equivalent in EUR); no threshold otherwise. */
export const USD_THRESHOLD = 50_000_00;

export const CONTEXT: ApplicationValidationContext = {
  today: TODAY,
  accounts: new Map([
    [KZT_ACCOUNT, { currency: 'KZT' }],
    [USD_ACCOUNT, { currency: 'USD' }],
    [EUR_ACCOUNT, { currency: 'EUR' }],
    [SECOND_KZT_ACCOUNT, { currency: 'KZT' }],
  ]),
  knpCatalogue: knpCodesOf(INITIAL_KNP_CATALOGUE),
  branches: BANK_BRANCH_CODES,
  attachments: new Map([INVOICE, SCAN].map((ref) => [ref.id, ref])),
  contractRegistrationThreshold: (currency) =>
    currency === 'USD' ? USD_THRESHOLD : currency === 'EUR' ? 46_000_00 : undefined,
};

/** The request of a valid content of `kind` (see contentOf), with some fields replaced. */
export function requestOf(
  kind: FormApplicationKind,
  patch: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...(renderApplicationRequest(contentOf(kind, TODAY)) as object), ...patch };
}

/** What the parser says of a request: the content, or the broken rules as `field: code`. */
export function outcomeOf(
  kind: FormApplicationKind,
  request: unknown,
  context: ApplicationValidationContext = CONTEXT,
): ApplicationContent | string[] {
  const result = parseApplicationRequest(kind, request, context);
  return result.ok ? result.content : result.violations.map(({ field, code }) => `${field}: ${code}`);
}
