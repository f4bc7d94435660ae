import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Kazakh banks by the 3-digit code inside their IBANs, with their BIC. */
@Entity('bank_directory')
export class BankDirectoryRow {
  @PrimaryColumn('char', { name: 'bank_code', length: 3 })
  bankCode!: string;

  @Column('text')
  bic!: string;

  @Column('text')
  name!: string;
}
