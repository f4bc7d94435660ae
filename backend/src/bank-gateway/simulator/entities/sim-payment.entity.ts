import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BankPaymentOrder, BankReceipt, BankRejectionReason } from '../../bank-gateway.js';
import { tiynTransformer } from '../../../common/database/tiyn-column.js';

export type SimPaymentStatus = BankReceipt['status'];

/**
 * A payment order the simulated bank received. The document id is the primary key: a repeated
 * submission finds this row instead of making another. The report columns are an outbox: a final
 * status reached later than the receipt is owed to the platform until `reported_at` is set.
 */
@Entity('sim_payment')
export class SimPayment {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId!: string;

  @Column('text')
  reference!: string;

  @Column('text', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { name: 'payer_iban' })
  payerIban!: string;

  @Column('text', { name: 'beneficiary_iban' })
  beneficiaryIban!: string;

  @Column('text', { name: 'beneficiary_name' })
  beneficiaryName!: string;

  @Column('bigint', { name: 'amount_tiyn', transformer: tiynTransformer })
  amountTiyn!: number;

  @Column('text')
  currency!: string;

  @Column('boolean', { name: 'intra_bank' })
  intraBank!: boolean;

  @Column('text')
  status!: SimPaymentStatus;

  @Column('text', { nullable: true })
  reason!: BankRejectionReason | null;

  /** Why, in words: which check failed or which rule applied. */
  @Column('text', { name: 'reason_detail', nullable: true })
  reasonDetail!: string | null;

  /** The status the first receipt carried, which every repeated submission answers again. */
  @Column('text', { name: 'receipt_status' })
  receiptStatus!: SimPaymentStatus;

  @Column('timestamptz', { name: 'received_at', default: () => 'now()' })
  receivedAt!: Date;

  @Column('timestamptz', { name: 'execute_after', nullable: true })
  executeAfter!: Date | null;

  @Column('timestamptz', { name: 'executed_at', nullable: true })
  executedAt!: Date | null;

  @Column('timestamptz', { name: 'rejected_at', nullable: true })
  rejectedAt!: Date | null;

  @Column('timestamptz', { name: 'report_due_at', nullable: true })
  reportDueAt!: Date | null;

  @Column('timestamptz', { name: 'reported_at', nullable: true })
  reportedAt!: Date | null;

  @Column('integer', { name: 'report_attempts', default: 0 })
  reportAttempts!: number;

  @Column('text', { name: 'report_error', nullable: true })
  reportError!: string | null;

  @Column('jsonb')
  order!: BankPaymentOrder;
}
