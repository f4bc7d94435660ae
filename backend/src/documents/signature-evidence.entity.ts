import type { Channel, SignatureMethod } from '@qoltanba/workflows/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What proves a signature: the verified EDS (CMS and verification report) or the OTP challenge it
 * answered, bound to one document, content hash, signer and channel. Kept for evidence downloads.
 */
@Entity('signature_evidence')
@Index(['documentId'])
export class SignatureEvidence {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'document_id' })
  documentId!: string;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  @Column('uuid', { name: 'signer_id' })
  signerId!: string;

  @Column('text')
  channel!: Channel;

  @Column('text')
  method!: SignatureMethod;

  /** Which verifier accepted it (DEV, CMS, OTP…), and what it kept: never a secret. */
  @Column('text')
  kind!: string;

  @Column('jsonb')
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'verified_at', type: 'timestamptz' })
  verifiedAt!: Date;
}
