import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '../../access/identity.js';

/** A bank employee who logs in to the staff side: managers onboard clients, operators watch processes. */
@Entity('staff_user')
export class StaffUser {
  @PrimaryColumn('uuid')
  id!: string;

  /** Lower case, unique. */
  @Column('text', { unique: true })
  login!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  role!: StaffRole;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('text')
  status!: 'ACTIVE' | 'BLOCKED';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
