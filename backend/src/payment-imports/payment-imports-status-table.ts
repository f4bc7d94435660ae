import { HttpStatus } from '@nestjs/common';
import { PaymentImportsErrorCode as Code } from './payment-imports-error-code.js';

/** HTTP status of each import error. */
export const PAYMENT_IMPORTS_STATUS: Record<Code, number> = {
  [Code.NOT_EXCHANGE_FILE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.SECTION_UNCLOSED]: HttpStatus.UNPROCESSABLE_ENTITY,
  [Code.NO_DOCUMENTS]: HttpStatus.UNPROCESSABLE_ENTITY,
};
