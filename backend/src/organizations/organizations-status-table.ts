import { HttpStatus } from '@nestjs/common';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

/** HTTP status of each organizations error. */
export const ORGANIZATIONS_STATUS: Record<Code, number> = {
  [Code.ORGANIZATION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.BIN_IIN_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.BIN_IIN_KIND_MISMATCH]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.BIN_IIN_TAKEN]: HttpStatus.CONFLICT,
  [Code.IBAN_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.IBAN_NOT_OUR_BANK]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.IBAN_TAKEN]: HttpStatus.CONFLICT,
  [Code.ACCOUNT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.STATEMENT_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [Code.STATEMENT_PERIOD_REVERSED]: HttpStatus.BAD_REQUEST,
  [Code.STATEMENT_PERIOD_TOO_LONG]: HttpStatus.BAD_REQUEST,
  [Code.USER_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.USER_IIN_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.USER_PHONE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.USER_PHONE_TAKEN]: HttpStatus.CONFLICT,
};
