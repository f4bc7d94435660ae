import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

const asNumber = { to: (value: number) => value, from: (value: string) => Number(value) };

/** Every CRL the internal CA published, numbered (the CRL number extension) from 1 per root. */
@Entity('ca_crl')
export class CaCrl {
  @PrimaryColumn('uuid', { name: 'root_id' })
  rootId!: string;

  @PrimaryColumn('bigint', { transformer: asNumber })
  number!: number;

  @Column('timestamptz', { name: 'this_update' })
  thisUpdate!: Date;

  @Column('timestamptz', { name: 'next_update' })
  nextUpdate!: Date;

  /** How many revoked certificates it lists: a later revocation makes it stale at once. */
  @Column('integer')
  entries!: number;

  @Column('bytea')
  der!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
