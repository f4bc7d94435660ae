import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A one-time EDS log-in nonce, kept only as its SHA-256 until it is used or expires. */
@Entity('eds_login_challenge')
@Index(['expiresAt'])
export class EdsLoginChallenge {
  @PrimaryColumn('char', { name: 'nonce_sha256', length: 64 })
  nonceSha256!: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
