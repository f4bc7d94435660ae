import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The registration user ID a manager issues (printed in the acceptance act, e.g. `qq111111_qwertyui`)
 * and the certificate validity of the client's contract. With the OTP card's PIN it opens a token
 * registration; it is not a secret on its own.
 */
@Entity('registration_credential')
export class RegistrationCredential {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text', { unique: true })
  login!: string;

  @Column('integer', { name: 'validity_days' })
  validityDays!: number;

  /** The manager's staff id. */
  @Column('text', { name: 'issued_by', nullable: true })
  issuedBy!: string | null;

  @Column('timestamptz', { name: 'issued_at', default: () => 'now()' })
  issuedAt!: Date;
}
