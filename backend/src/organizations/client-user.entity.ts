import type { Channel, SignatureRight } from '@qoltanba/workflows/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type ClientUserStatus = 'ACTIVE' | 'BLOCKED';

/** The languages of the interface and of the bank's messages. */
export const USER_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];

/** A person acting for an organization, with exactly one signature right and the channels they use. */
@Entity('client_user')
@Index(['organizationId'])
export class ClientUser {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('char', { length: 12 })
  iin!: string;

  @Column('text', { name: 'signature_right' })
  signatureRight!: SignatureRight;

  @Column('text', { array: true })
  channels!: Channel[];

  @Column('text')
  status!: ClientUserStatus;

  /** The mobile number (+7…), the Light/Mobile log-in. */
  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  /** The language last chosen in the web app: the bank's SMS to the user are written in it. */
  @Column('text', { default: 'ru' })
  language!: UserLanguage;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
