import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FeatureError } from '../../common/errors/feature-error.js';
import { AuthErrorCode } from '../auth-error-code.js';
import type { StaffRole } from '../../access/identity.js';
import { PasswordHasher } from '../../common/crypto/password-hasher.js';
import { StaffUser } from './staff-user.entity.js';
import { AccessErrorCode } from '../../access/access-error-code.js';

/** Bank staff accounts. Created by the demo seeder and tests so far; a staff-admin API is still to come. */
@Injectable()
export class StaffUsersService {
  constructor(
    @InjectRepository(StaffUser) private readonly staff: Repository<StaffUser>,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(input: {
    id?: string;
    login: string;
    fullName: string;
    role: StaffRole;
    password: string;
  }): Promise<StaffUser> {
    return this.staff.save(
      this.staff.create({
        id: input.id ?? randomUUID(),
        login: input.login.trim().toLowerCase(),
        fullName: input.fullName,
        role: input.role,
        passwordHash: await this.hasher.hash(input.password),
        status: 'ACTIVE',
      }),
    );
  }

  findByLogin(login: string): Promise<StaffUser | null> {
    return this.staff.findOneBy({ login: login.trim().toLowerCase() });
  }

  /**
   * The name a record gives a member of staff; undefined for an id with no account (the test
   * suite's identity headers name such ids, which need not even be uuids).
   */
  async nameOf(staffId: string): Promise<string | undefined> {
    const member = await this.staff
      .createQueryBuilder('s')
      .where('s.id::text = :staffId', { staffId })
      .getOne();
    return member?.fullName;
  }

  /** The staff member behind a session: must exist and be active. */
  async findActive(id: string): Promise<StaffUser> {
    const member = await this.staff.findOneBy({ id });
    if (!member) throw new FeatureError(AccessErrorCode.UNAUTHENTICATED, 'Please log in.');
    if (member.status !== 'ACTIVE') {
      throw new FeatureError(AuthErrorCode.USER_BLOCKED, 'Your access is blocked.');
    }
    return member;
  }
}
