import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type LegalForm = 'LEGAL_ENTITY' | 'INDIVIDUAL_ENTREPRENEUR';

/** A business client: a legal entity (ТОО/ЖШС, identified by its BIN) or an entrepreneur (ИП/ЖК, by IIN). */
@Entity('organization')
export class Organization {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'legal_form' })
  legalForm!: LegalForm;

  /** BIN of a legal entity, IIN of an individual entrepreneur. */
  @Column('char', { name: 'bin_iin', length: 12, unique: true })
  binIin!: string;

  /** The registered address, as the manager recorded it. */
  @Column('text', { nullable: true })
  address!: string | null;

  /** Sender code (КОд) its payments carry unless one says otherwise. */
  @Column('char', { length: 2 })
  kod!: string;

  /** Whether users without a signing right may prepare documents for others to sign. */
  @Column('boolean', { name: 'none_may_prepare', default: false })
  noneMayPrepare!: boolean;

  /** Hours after creation a document stays open for signatures; null: until the end of its value date. */
  @Column('integer', { name: 'approval_window_hours', nullable: true })
  approvalWindowHours!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
