import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An organization's account at this bank; its balance is held by the bank's core. */
@Entity('account')
@Index(['organizationId'])
export class Account {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('char', { length: 20, unique: true })
  iban!: string;

  @Column('char', { length: 3 })
  currency!: string;

  @Column('text')
  title!: string;

  /** A closed account takes no new payments and no longer shows to the client as theirs to pay from. */
  @Column('text', { default: 'OPEN' })
  status!: 'OPEN' | 'CLOSED';

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
