import { Injectable } from '@nestjs/common';
import { parseTengePaymentOrderRequest, type TengePaymentOrder } from '@qoltanba/workflows/domain';
import { FeatureError } from '../common/errors/feature-error.js';
import { validationFailed } from '../common/errors/validation-failed.js';
import { AccountsService } from '../organizations/accounts.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { PaymentReferenceService } from '../reference/payment-reference.service.js';
import { DocumentsErrorCode } from './documents-error-code.js';
import type { TengePaymentDto } from './dto/tenge-payment.dto.js';

/**
 * Turns a request body into the canonical order that will be signed, with the same domain rules the
 * workflow and the web app use, or refuses it with every broken rule at once (VALIDATION_FAILED,
 * one violation per rule with its own code and field).
 */
@Injectable()
export class PaymentOrderMapper {
  constructor(
    private readonly reference: PaymentReferenceService,
    private readonly accounts: AccountsService,
  ) {}

  async toValidatedOrder(dto: TengePaymentDto, organization: Organization): Promise<TengePaymentOrder> {
    const parsed = parseTengePaymentOrderRequest(
      { ...dto, kod: dto.kod ?? organization.kod },
      await this.reference.validationContext(),
    );
    if (!parsed.ok) throw validationFailed(parsed.violations);
    if (!(await this.accounts.findByIban(organization.id, parsed.order.payerIban))) {
      throw new FeatureError(
        DocumentsErrorCode.PAYER_ACCOUNT_NOT_OWNED,
        'The paying account is not one of your organization’s accounts.',
        { field: 'payerIban' },
      );
    }
    return parsed.order;
  }
}
