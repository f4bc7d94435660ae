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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
