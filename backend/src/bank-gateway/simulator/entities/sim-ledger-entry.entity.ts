import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { tiynTransformer } from '../../../common/database/tiyn-column.js';

export type SimLedgerEntryKind = 'OPENING' | 'ADJUSTMENT' | 'DEBIT' | 'CREDIT';

/** One movement on one account; the account's statement is its entries, newest first. */
@Entity('sim_ledger_entry')
export class SimLedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  iban!: string;

  /** The payment that moved the money; none for openings and manual adjustments. */
  @Column('text', { name: 'document_id', nullable: true })
  documentId!: string | null;

  @Column('text')
  kind!: SimLedgerEntryKind;

  /** Signed: negative debits, positive credits. */
  @Column('bigint', { name: 'amount_tiyn', transformer: tiynTransformer })
  amountTiyn!: number;

  @Column('bigint', { name: 'balance_after_tiyn', transformer: tiynTransformer })
  balanceAfterTiyn!: number;

  @Column('text', { name: 'counterparty_iban', nullable: true })
  counterpartyIban!: string | null;

  @Column('text', { name: 'counterparty_name', nullable: true })
  counterpartyName!: string | null;

  @Column('text')
  description!: string;

  @Column('text', { name: 'counterparty_bin_iin', nullable: true })
  counterpartyBinIin!: string | null;

  @Column('text', { name: 'counterparty_bic', nullable: true })
  counterpartyBic!: string | null;

  @Column('text', { name: 'counterparty_kbe', nullable: true })
  counterpartyKbe!: string | null;

  @Column('text', { nullable: true })
  knp!: string | null;

  @Column('text', { name: 'document_number', nullable: true })
  documentNumber!: string | null;

  @Column('date', { name: 'document_date', nullable: true })
  documentDate!: string | null;

  @Column('timestamptz', { name: 'booked_at', default: () => 'now()' })
  bookedAt!: Date;
}
