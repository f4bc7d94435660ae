import { HttpStatus } from '@nestjs/common';
import { PaymentTemplatesErrorCode as Code } from './payment-templates-error-code.js';

/** HTTP status of each template error. */
export const PAYMENT_TEMPLATES_STATUS: Record<Code, number> = {
  [Code.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [Code.NAME_TAKEN]: HttpStatus.CONFLICT,
  [Code.BENEFICIARY_MISMATCH]: HttpStatus.UNPROCESSABLE_ENTITY,
};
