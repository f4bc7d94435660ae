import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One document the challenge asks to approve, as it was when the code was asked for. */
export interface ChallengeDocument {
  documentId: string;
  revision: number;
  contentHash: string;
  number: string;
  /** Integer minor units of `currency` (tiyn when absent); 0 for an application without an amount. */
  amountTiyn: number;
  /** An application's currency; payments are tenge. */
  currency?: string;
  payee: { name: string; iban: string; binIin: string };
}

/**
 * The server's request for one OTP code, bound to what the user saw: one document's content hash,
 * amount and payee, or a batch's documents and total. Answered once (verified_at), each document
 * then approved once (otp_challenge_document.approved_at); refused after expires_at.
 */
@Entity('otp_challenge')
@Index(['userId', 'createdAt'])
export class OtpChallenge {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  channel!: string;

  @Column('uuid', { name: 'device_id' })
  deviceId!: string;

  /** The card cell asked for; null for a token. */
  @Column('smallint', { nullable: true })
  cell!: number | null;

  @Column('bigint', { name: 'total_tiyn' })
  totalTiyn!: string;

  /** SHA-256 of the canonical list of documents (id, revision, content hash, amount, payee) and total. */
  @Column('char', { length: 64 })
  digest!: string;

  @Column('jsonb')
  documents!: ChallengeDocument[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  /** HMAC of the accepted code under a server key (never the code): later documents of a batch check against it. */
  @Column('char', { name: 'code_mac', length: 64, nullable: true })
  codeMac!: string | null;
}
