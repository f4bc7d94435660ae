import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SignatureRight } from '@qoltanba/workflows/domain';
import { normalizePhone } from './client-field-checks.js';
import { type EntityManager, In, Repository } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { ClientUser } from './client-user.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';
import { OrganizationsService } from './organizations.service.js';

@Injectable()
export class ClientUsersService {
  constructor(
    @InjectRepository(ClientUser) private readonly users: Repository<ClientUser>,
    private readonly organizations: OrganizationsService,
  ) {}

  async get(userId: string): Promise<ClientUser> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new FeatureError(Code.USER_NOT_FOUND, 'No such user.', { field: 'userId' });
    return user;
  }

  /** The caller's user: the one read when the request was authenticated, or read now. */
  async ofCaller(identity: ClientIdentity): Promise<ClientUser> {
    return identity.user ?? this.get(identity.userId);
  }

  /** The user if there is one: the read port other features use instead of querying the table. */
  find(userId: string): Promise<ClientUser | null> {
    return this.users.findOneBy({ id: userId });
  }

  /** The user with this mobile number in the organization with this BIN/IIN: the Light/Mobile log-in. */
  findByPhone(binIin: string, phone: string): Promise<ClientUser | null> {
    return this.users
      .createQueryBuilder('u')
      .innerJoin(Organization, 'o', 'o.id = u.organization_id')
      .where('u.phone = :phone AND o.bin_iin = :binIin', { phone: normalizePhone(phone), binIin })
      .getOne();
  }

  /** Blocks the user (after too many wrong passwords), inside the caller's transaction when given. */
  async block(userId: string, manager?: EntityManager): Promise<void> {
    await (manager?.getRepository(ClientUser) ?? this.users).update({ id: userId }, { status: 'BLOCKED' });
  }

  /**
   * A user with their organization's name, for the session a page shows; undefined when unknown.
   * `known` is the user as the request's authentication read it, if it did: not read again.
   */
  async profile(
    userId: string,
    known?: ClientUser,
  ): Promise<{ user: ClientUser; organizationName: string; mayPrepare: boolean } | undefined> {
    const user = known?.id === userId ? known : await this.users.findOneBy({ id: userId });
    if (!user) return undefined;
    const organization = await this.organizations.get(user.organizationId);
    const mayPrepare = user.signatureRight !== 'NONE' || organization.noneMayPrepare;
    return { user, organizationName: organization.name, mayPrepare };
  }

  /** Active users of the organization holding one of the rights, for notifications and "awaiting" lists. */
  listByRights(organizationId: string, rights: readonly SignatureRight[]): Promise<ClientUser[]> {
    return this.users.find({
      where: { organizationId, status: 'ACTIVE', signatureRight: In([...rights]) },
      order: { fullName: 'ASC' },
    });
  }
}
