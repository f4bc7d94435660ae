import { Injectable } from '@nestjs/common';
import {
  channelAllows,
  parseTengePaymentOrderRequest,
  type TengePaymentOrder,
} from '@qoltanba/workflows/domain';
import { AccessErrorCode } from '../access/access-error-code.js';
import type { ClientIdentity } from '../access/identity.js';
import { AuditService, auditActor } from '../audit/audit.service.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { validationFailed } from '../common/errors/validation-failed.js';
import { AccountsService } from '../organizations/accounts.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { PaymentTemplatesService } from '../payment-templates/payment-templates.service.js';
import { PaymentReferenceService } from '../reference/payment-reference.service.js';
import { requireTengePayer } from './tenge-payer.js';
import type { TengePaymentDto } from './dto/tenge-payment.dto.js';

/**
 * Turns a request body into the canonical order that will be signed, with the same domain rules the
 * workflow and the web app use, or refuses it with every broken rule at once (VALIDATION_FAILED,
 * one violation per rule with its own code and field). It also holds the rules that need the
 * caller: the channel that may make this kind, the organization's account and template.
 */
@Injectable()
export class PaymentOrderMapper {
  constructor(
    private readonly reference: PaymentReferenceService,
    private readonly accounts: AccountsService,
    private readonly templates: PaymentTemplatesService,
    private readonly audit: AuditService,
  ) {}

  async toValidatedOrder(
    dto: TengePaymentDto,
    organization: Organization,
    identity: ClientIdentity,
  ): Promise<TengePaymentOrder> {
    await this.requireChannelFor(dto, identity);
    const parsed = parseTengePaymentOrderRequest(
      { ...dto, number: dto.number ?? '', kod: dto.kod ?? organization.kod },
      await this.reference.validationContext(),
    );
    if (!parsed.ok) throw validationFailed(parsed.violations);
    const order = parsed.order;
    requireTengePayer(await this.accounts.findByIban(organization.id, order.payerIban), 'payerIban');
    if (order.kind === 'TEMPLATE_TRANSFER' && order.templateId) {
      await this.templates.requireTransferTemplate(identity, order.templateId, order.beneficiary);
    }
    return order;
  }

  /**
   * Mobile makes transfers by template only; Standard and Light make every kind (seed 000). The route
   * lets both functions through; the kind asked for decides which one this is. A refusal is audited
   * as the access guard audits its own.
   */
  async requireChannelFor(content: { kind?: string }, identity: ClientIdentity): Promise<void> {
    const fn = content.kind === 'TEMPLATE_TRANSFER' ? 'TEMPLATE_TRANSFER' : 'CREATE_TENGE_PAYMENT';
    if (channelAllows(identity.channel, fn)) return;
    const outcome = AccessErrorCode.CHANNEL_FUNCTION_NOT_ALLOWED;
    await this.audit.recordQuietly({
      actor: auditActor(identity),
      action: 'ACCESS',
      outcome,
      ip: null,
      details: { channel: identity.channel, function: fn },
    });
    throw new FeatureError(outcome, `The ${identity.channel} channel does not offer this kind of payment.`, {
      field: 'kind',
      function: fn,
      channel: identity.channel,
    });
  }
}
