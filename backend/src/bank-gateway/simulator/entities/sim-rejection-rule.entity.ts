import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { BankRejectionReason } from '../../bank-gateway.js';

/**
 * "Reject what matches": a payment from `payerIban` and/or to `beneficiaryIban` is rejected at
 * submission with `reason`. A one-shot rule is removed by the payment it rejects.
 */
@Entity('sim_rejection_rule')
export class SimRejectionRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'payer_iban', nullable: true })
  payerIban!: string | null;

  @Column('text', { name: 'beneficiary_iban', nullable: true })
  beneficiaryIban!: string | null;

  @Column('text')
  reason!: BankRejectionReason;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('boolean', { name: 'one_shot', default: false })
  oneShot!: boolean;

  @Column('integer', { name: 'times_applied', default: 0 })
  timesApplied!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
