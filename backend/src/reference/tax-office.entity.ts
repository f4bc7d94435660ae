import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A state revenue office budget payments go to, by its BIN (editable reference data). */
@Entity('tax_office')
export class TaxOfficeRow {
  @PrimaryColumn('char', { length: 12 })
  bin!: string;

  /** The office's 4-digit code in the tax authority's numbering. */
  @Column('text')
  code!: string;

  @Column('text', { name: 'name_ru' })
  nameRu!: string;

  @Column('text', { name: 'name_kk' })
  nameKk!: string;

  @Column('boolean', { default: true })
  active!: boolean;
}
