import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The bank's editable catalogue of budget classification codes (КБК) budget payments may name. */
@Entity('kbk_code')
export class KbkCode {
  @PrimaryColumn('char', { length: 6 })
  code!: string;

  @Column('text', { name: 'label_en' })
  labelEn!: string;

  @Column('text', { name: 'label_ru' })
  labelRu!: string;

  @Column('text', { name: 'label_kk' })
  labelKk!: string;

  /** A retired code stays for old documents but is refused on new ones. */
  @Column('boolean', { default: true })
  active!: boolean;
}
