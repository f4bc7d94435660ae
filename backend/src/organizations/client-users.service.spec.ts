import { describe, expect, it, jest } from '@jest/globals';
import type { Repository } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import type { ClientUser } from './client-user.entity.js';
import { ClientUsersService } from './client-users.service.js';
import { OrganizationsErrorCode } from './organizations-error-code.js';
import type { OrganizationsService } from './organizations.service.js';

const user = { id: 'u-1', organizationId: 'o-1', fullName: 'Aigerim Bekova' } as ClientUser;
const identity: ClientIdentity = {
  kind: 'CLIENT',
  userId: 'u-1',
  organizationId: 'o-1',
  channel: 'STANDARD',
};

function serviceOver(stored: ClientUser | null) {
  const findOneBy = jest.fn(async (_where: { id: string }) => stored);
  const repository = { findOneBy } as unknown as Repository<ClientUser>;
  const organizations = {
    get: async () => ({ id: 'o-1', name: 'Tau Invest LLP', noneMayPrepare: false }),
  } as unknown as OrganizationsService;
  return { service: new ClientUsersService(repository, organizations), findOneBy };
}

describe(ClientUsersService.name, () => {
  it("takes the caller's user as the request's authentication read it, without reading it again", async () => {
    const { service, findOneBy } = serviceOver(null);

    await expect(service.ofCaller({ ...identity, user })).resolves.toBe(user);
    expect(findOneBy).not.toHaveBeenCalled();
  });

  it('reads the caller of an identity built by hand, and refuses one that does not exist', async () => {
    await expect(serviceOver(user).service.ofCaller(identity)).resolves.toBe(user);
    await expect(serviceOver(null).service.ofCaller(identity)).rejects.toMatchObject({
      code: OrganizationsErrorCode.USER_NOT_FOUND,
    });
  });

  it("shows the session's profile from the user the request's authentication read, without reading it again", async () => {
    const { service, findOneBy } = serviceOver(null);
    const signer = { ...user, signatureRight: 'FIRST' } as ClientUser;

    await expect(service.profile('u-1', signer)).resolves.toEqual({
      user: signer,
      organizationName: 'Tau Invest LLP',
      mayPrepare: true,
    });
    expect(findOneBy).not.toHaveBeenCalled();
  });

  it('reads the user when the one the request read is someone else', async () => {
    const { service, findOneBy } = serviceOver(null);

    await expect(service.profile('u-2', user)).resolves.toBeUndefined();
    expect(findOneBy).toHaveBeenCalledWith({ id: 'u-2' });
  });
});
