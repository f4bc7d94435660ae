import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The internal CA's root: certificate and private key, the key sealed with the SecretBox. At most
 * one is `current` (a unique index): a later rollover adds a row and moves the flag.
 */
@Entity('ca_root')
export class CaRoot {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('boolean')
  current!: boolean;

  @Column('text', { name: 'serial_number' })
  serialNumber!: string;

  @Column('text')
  subject!: string;

  @Column('char', { name: 'fingerprint_sha256', length: 64 })
  fingerprint!: string;

  @Column('text', { name: 'subject_key_id' })
  subjectKeyId!: string;

  @Column('timestamptz', { name: 'not_before' })
  notBefore!: Date;

  @Column('timestamptz', { name: 'not_after' })
  notAfter!: Date;

  @Column('bytea', { name: 'certificate_der' })
  certificateDer!: Buffer;

  /** PKCS#8, sealed by the SecretBox under the context `ca-root:<id>`. */
  @Column('text', { name: 'private_key_sealed' })
  privateKeySealed!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
