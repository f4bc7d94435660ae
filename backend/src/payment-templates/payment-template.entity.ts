import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TemplatePaymentDto } from './dto/payment-template.dto.js';

/** A payment saved under a name, shared by everyone of the organization, to make the next one from. */
@Entity('payment_template')
@Index(['organizationId', 'name'], { unique: true })
export class PaymentTemplate {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  name!: string;

  /** The payment's fields as the form sends them; number and dates are the new payment's own. */
  @Column('jsonb')
  payment!: TemplatePaymentDto;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
