import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A file of an application: one a client attached to a letter, or the bank's answer (a certificate
 * as a PDF). Kept in PostgreSQL, served only through the API's organization check.
 */
@Entity('application_file')
export class ApplicationFile {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  origin!: 'CLIENT' | 'BANK';

  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  /** The bank's answer belongs to one application; a client's upload to whichever letter names it. */
  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId!: string | null;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('text', { name: 'media_type' })
  mediaType!: 'application/pdf' | 'image/png' | 'image/jpeg';

  @Column('integer')
  size!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('bytea', { select: false })
  content!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
