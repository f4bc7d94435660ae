import { Column, Entity, PrimaryColumn } from 'typeorm';
import { tiynTransformer } from '../../../common/database/tiyn-column.js';

/** An account held at the simulated bank. */
@Entity('sim_account')
export class SimAccount {
  @PrimaryColumn('text')
  iban!: string;

  @Column('text')
  currency!: string;

  @Column('text', { name: 'holder_name' })
  holderName!: string;

  @Column('text', { name: 'holder_bin_iin' })
  holderBinIin!: string;

  @Column('bigint', { name: 'balance_tiyn', transformer: tiynTransformer })
  balanceTiyn!: number;

  @Column('boolean', { default: false })
  blocked!: boolean;

  @Column('timestamptz', { name: 'opened_at', default: () => 'now()' })
  openedAt!: Date;
}
