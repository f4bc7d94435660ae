import { classifyIinBin, ibanBankCode, normalizeIban, validateKzIban } from '@qoltanba/workflows/domain';
import { FeatureError } from '../common/errors/feature-error.js';
import type { LegalForm } from './organization.entity.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

/**
 * The checks a client's identifiers pass when a manager's change request sets them: each throws the
 * feature's error for the field it is given.
 */

/** Kazakh mobile numbers: +7 and ten digits (operators' codes start with 7). */
const KZ_MOBILE = /^\+77\d{9}$/;

/** A phone number as stored and looked up: the spaces, brackets and dashes people type removed. */
export const normalizePhone = (phone: string): string => phone.replace(/[\s()-]/g, '');

/** A legal entity is identified by its BIN, an individual entrepreneur by their IIN. */
export function checkOrganizationIdentity(legalForm: LegalForm, binIin: string, field: string): void {
  const identifier = classifyIinBin(binIin);
  if ('code' in identifier) throw new FeatureError(Code.BIN_IIN_INVALID, identifier.message, { field });
  const expected = legalForm === 'LEGAL_ENTITY' ? 'BIN' : 'IIN';
  if (identifier.kind !== expected) {
    throw new FeatureError(
      Code.BIN_IIN_KIND_MISMATCH,
      `A ${legalForm === 'LEGAL_ENTITY' ? 'legal entity' : 'individual entrepreneur'} is identified by its ${expected}.`,
      { field },
    );
  }
}

/** The account's IBAN, normalized, once it is a valid IBAN of this bank. */
export function checkOurIban(iban: string, bankCode: string, field: string): string {
  const normalized = normalizeIban(iban);
  const issue = validateKzIban(normalized);
  if (issue) throw new FeatureError(Code.IBAN_INVALID, issue.message, { field });
  if (ibanBankCode(normalized) !== bankCode) {
    throw new FeatureError(Code.IBAN_NOT_OUR_BANK, 'The account must be at this bank.', { field });
  }
  return normalized;
}

export function checkUserIin(iin: string, field: string): void {
  const identifier = classifyIinBin(iin);
  if ('code' in identifier || identifier.kind !== 'IIN') {
    throw new FeatureError(Code.USER_IIN_INVALID, 'Not a valid IIN.', { field });
  }
}

/** The phone normalized, once it is a Kazakh mobile number. */
export function checkUserPhone(phone: string, field: string): string {
  const normalized = normalizePhone(phone);
  if (!KZ_MOBILE.test(normalized)) {
    throw new FeatureError(Code.USER_PHONE_INVALID, 'Expected +77XXXXXXXXX.', { field });
  }
  return normalized;
}
