import { HttpStatus } from '@nestjs/common';
import { ReferenceErrorCode as Code } from './reference-error-code.js';

/** HTTP status of each reference-data error. */
export const REFERENCE_STATUS: Record<Code, number> = {
  [Code.OWN_BANK_FIXED]: HttpStatus.CONFLICT,
  [Code.BIC_TAKEN]: HttpStatus.CONFLICT,
  [Code.BIC_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.BIN_INVALID]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
};
