import { HttpStatus } from '@nestjs/common';
import { BankSimulatorErrorCode as Code } from './bank-simulator-error-code.js';

/** HTTP status of each error of the simulator's control API. */
export const BANK_SIMULATOR_STATUS: Record<Code, number> = {
  [Code.ACCOUNT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.ACCOUNT_EXISTS]: HttpStatus.CONFLICT,
  [Code.FOREIGN_ACCOUNT]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.NEGATIVE_BALANCE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.BALANCE_TOO_LARGE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.RULE_WITHOUT_CRITERIA]: HttpStatus.BAD_REQUEST,
  [Code.RULE_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.PAYMENT_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.APPLICATION_NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.RATE_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.RULE_INCOMPLETE]: HttpStatus.BAD_REQUEST,
};
