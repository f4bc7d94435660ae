import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  composeKzIban,
  parseTengePaymentOrderRequest,
  type Beneficiary,
  type Violation,
} from '@qoltanba/workflows/domain';
import { QueryFailedError, Repository } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { validationFailed } from '../common/errors/validation-failed.js';
import { requireTengePayer } from '../documents/tenge-payer.js';
import { AccountsService } from '../organizations/accounts.service.js';
import { PaymentReferenceService } from '../reference/payment-reference.service.js';
import type {
  CreatePaymentTemplateDto,
  PaymentTemplateView,
  TemplatePaymentDto,
} from './dto/payment-template.dto.js';
import { PaymentTemplate } from './payment-template.entity.js';
import { PaymentTemplatesErrorCode as Code } from './payment-templates-error-code.js';

/** A new payment's own fields: never part of a template, so never checked in one. */
const PAYMENT_OWN_FIELDS = new Set(['number', 'date', 'valueDate', 'templateId', 'employees']);

/** Templates of payments, shared within the organization; every query is scoped to it. */
@Injectable()
export class PaymentTemplatesService {
  constructor(
    @InjectRepository(PaymentTemplate) private readonly templates: Repository<PaymentTemplate>,
    private readonly reference: PaymentReferenceService,
    private readonly accounts: AccountsService,
  ) {}

  async list(identity: ClientIdentity): Promise<PaymentTemplateView[]> {
    const rows = await this.templates.find({
      where: { organizationId: identity.organizationId },
      order: { name: 'ASC' },
    });
    return rows.map(toView);
  }

  async get(identity: ClientIdentity, id: string): Promise<PaymentTemplate> {
    const row = await this.templates.findOneBy({ id, organizationId: identity.organizationId });
    if (!row) throw new FeatureError(Code.NOT_FOUND, 'No such template in your organization.');
    return row;
  }

  /** Saves a template once its payment fields pass the rules a payment from it will meet. */
  async create(identity: ClientIdentity, dto: CreatePaymentTemplateDto): Promise<PaymentTemplateView> {
    await this.checkPayment(identity, dto.payment);
    const row = this.templates.create({
      id: randomUUID(),
      organizationId: identity.organizationId,
      name: dto.name.trim(),
      payment: dto.payment,
      createdBy: identity.userId,
      createdAt: new Date(),
    });
    try {
      await this.templates.insert(row);
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new FeatureError(Code.NAME_TAKEN, 'Your organization has a template of that name.', {
          field: 'name',
        });
      }
      throw error;
    }
    return toView(row);
  }

  async remove(identity: ClientIdentity, id: string): Promise<void> {
    const { affected } = await this.templates.delete({ id, organizationId: identity.organizationId });
    if (!affected) throw new FeatureError(Code.NOT_FOUND, 'No such template in your organization.');
  }

  /**
   * A transfer by template is sent without the Standard EDS, so it must go exactly where a template
   * of the organization says: refused unless the template exists and names this beneficiary.
   */
  async requireTransferTemplate(
    identity: ClientIdentity,
    templateId: string,
    beneficiary: Beneficiary,
  ): Promise<void> {
    const template = await this.templates.findOneBy({
      id: templateId,
      organizationId: identity.organizationId,
    });
    if (!template) {
      throw new FeatureError(Code.NOT_FOUND, 'No such template in your organization.', {
        field: 'templateId',
      });
    }
    const saved = template.payment.beneficiary;
    const iban = saved.iban.replace(/\s+/g, '').toUpperCase();
    if (iban !== beneficiary.iban || saved.binIin.trim() !== beneficiary.binIin) {
      throw new FeatureError(
        Code.BENEFICIARY_MISMATCH,
        'A transfer by template goes to the template’s beneficiary.',
        { field: 'beneficiary.iban' },
      );
    }
  }

  private async checkPayment(identity: ClientIdentity, payment: TemplatePaymentDto): Promise<void> {
    const context = await this.reference.validationContext();
    const parsed = parseTengePaymentOrderRequest(
      {
        ...payment,
        number: '1',
        date: context.today,
        valueDate: context.today,
        currency: 'KZT',
        kod: '17',
        payerIban: payment.payerIban ?? composeKzIban(context.ownBankCode, '0000000000000'),
        amount: payment.amount ?? '1',
      },
      context,
    );
    const violations: Violation[] = parsed.ok
      ? []
      : parsed.violations.filter(
          (v) => !PAYMENT_OWN_FIELDS.has(v.field) && !(v.field === 'amount' && payment.amount === undefined),
        );
    if (violations.length > 0)
      throw validationFailed(violations.map((v) => ({ ...v, field: `payment.${v.field}` })));
    if (payment.payerIban) {
      requireTengePayer(
        await this.accounts.findByIban(identity.organizationId, payment.payerIban),
        'payment.payerIban',
      );
    }
  }
}

function toView(row: PaymentTemplate): PaymentTemplateView {
  return { id: row.id, name: row.name, payment: row.payment, createdAt: row.createdAt.toISOString() };
}
