import { HttpStatus, Injectable } from '@nestjs/common';
import {
  normalizeIban,
  parseAmountToTiyn,
  validateTengePaymentOrder,
  type TengePaymentOrder,
} from '@qoltanba/workflows/domain';
import { ApiError, type Violation } from '../common/errors/api-error.js';
import { CommonErrorCode } from '../common/errors/common-error-code.js';
import { AccountsService } from '../organizations/accounts.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { PaymentReferenceService } from '../reference/payment-reference.service.js';
import { DocumentsErrorCode } from './documents-error-code.js';
import type { TengePaymentDto } from './dto/tenge-payment.dto.js';

/**
 * Turns a request body into a TengePaymentOrder the domain accepts, or refuses it with every broken
 * rule at once (VALIDATION_FAILED, one violation per rule with its own code and field).
 */
@Injectable()
export class PaymentOrderMapper {
  constructor(
    private readonly reference: PaymentReferenceService,
    private readonly accounts: AccountsService,
  ) {}

  async toValidatedOrder(dto: TengePaymentDto, organization: Organization): Promise<TengePaymentOrder> {
    const amount = parseAmountToTiyn(dto.amount);
    const order: TengePaymentOrder = {
      number: dto.number.trim(),
      date: dto.date,
      valueDate: dto.valueDate,
      payerIban: normalizeIban(dto.payerIban),
      kod: dto.kod ?? organization.kod,
      amountTiyn: typeof amount === 'number' ? amount : 0,
      currency: dto.currency,
      beneficiary: {
        name: dto.beneficiary.name.trim(),
        binIin: dto.beneficiary.binIin.trim(),
        iban: normalizeIban(dto.beneficiary.iban),
        bic: dto.beneficiary.bic.trim().toUpperCase(),
        kbe: dto.beneficiary.kbe.trim(),
      },
      knp: dto.knp.trim(),
      purpose: dto.purpose.trim(),
      ...(dto.kbk?.trim() ? { kbk: dto.kbk.trim() } : {}),
    };
    const violations: Violation[] = validateTengePaymentOrder(order, await this.reference.validationContext()).filter(
      // An unparsable amount is reported once, with the parser's own code, below.
      (violation) => typeof amount === 'number' || violation.field !== 'amount',
    );
    if (typeof amount !== 'number') violations.unshift({ field: 'amount', code: amount.code, message: amount.message });
    if (violations.length > 0) {
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        CommonErrorCode.VALIDATION_FAILED,
        violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
        { field: violations[0]!.field, violations },
      );
    }
    if (!(await this.accounts.findByIban(organization.id, order.payerIban))) {
      throw new ApiError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        DocumentsErrorCode.PAYER_ACCOUNT_NOT_OWNED,
        'The paying account is not one of your organization’s accounts.',
        { field: 'payerIban' },
      );
    }
    return order;
  }
}
