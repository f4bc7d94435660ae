import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the wizard holds between steps instead of a session (the client has no certificate yet): a
 * random key answered once when the user ID and card PIN are right, kept here only as its SHA-256.
 * It is the user's, not one process's: a reissue and the registration it starts share it.
 */
@Entity('registration_access')
export class RegistrationAccess {
  @PrimaryColumn('char', { name: 'key_sha256', length: 64 })
  keySha256!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
