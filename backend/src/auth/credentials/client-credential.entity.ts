import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How a client user logs in. STANDARD: the login and password a manager issued (PIN envelope).
 * PHONE: Light/Mobile, the user's mobile number and the organization's BIN/IIN with a password
 * first sent by SMS. Both start as must-change; 3 wrong entries in a row block the user.
 */
export type CredentialKind = 'STANDARD' | 'PHONE';

@Entity('client_credential')
export class ClientCredential {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  kind!: CredentialKind;

  /** The Standard login (lower case, unique); null for PHONE, whose login is the user's phone. */
  @Column('text', { nullable: true })
  login!: string | null;

  /** Argon2id PHC string. */
  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('boolean', { name: 'must_change' })
  mustChange!: boolean;

  /** Wrong entries since the last success; reaching 3 blocks the user and starts the count again. */
  @Column('integer', { name: 'failed_attempts', default: 0 })
  failedAttempts!: number;

  @Column('timestamptz', { name: 'password_set_at' })
  passwordSetAt!: Date;
}
