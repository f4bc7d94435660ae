import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type OtpDeviceKind = 'TOKEN' | 'CARD';
/** ACTIVE (in stock when unassigned), BLOCKED (by a manager, 5 wrong codes or 5 wrong card PINs), REVOKED (replaced). */
export type OtpDeviceStatus = 'ACTIVE' | 'BLOCKED' | 'REVOKED';

/**
 * An OTP token (TOTP) or OTP card (35 HOTP cells). The secret is sealed with the SecretBox
 * (context `otp-device:<id>`); a card's PIN is kept only as an Argon2id hash.
 */
@Entity('otp_device')
@Index(['userId'])
export class OtpDevice {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: OtpDeviceKind;

  /** The token's serial number or the card's device id, as printed on it. */
  @Column('text', { unique: true })
  serial!: string;

  @Column('text', { name: 'secret_sealed' })
  secretSealed!: string;

  @Column('text', { name: 'pin_hash', nullable: true })
  pinHash!: string | null;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('text')
  status!: OtpDeviceStatus;

  @Column('text', { name: 'blocked_reason', nullable: true })
  blockedReason!: 'MANAGER' | 'WRONG_CODES' | 'WRONG_PIN' | null;

  /** Wrong codes since the last accepted one (attempts are counted before the code is checked). */
  @Column('integer', { name: 'failed_attempts', default: 0 })
  failedAttempts!: number;

  /** Card: wrong PINs entered at token registration since the last right one; the 5th blocks the card. */
  @Column('integer', { name: 'pin_failed_attempts', default: 0 })
  pinFailedAttempts!: number;

  /** Token: the last time step accepted; a code of that step or an earlier one is refused. */
  @Column('bigint', { name: 'last_used_step', nullable: true })
  lastUsedStep!: string | null;

  /** Card: the cell asked last, never asked again next. */
  @Column('smallint', { name: 'last_cell', nullable: true })
  lastCell!: number | null;

  @Column('uuid', { name: 'replaced_by', nullable: true })
  replacedBy!: string | null;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;
}
