import type { RegistrationHolder } from '@qoltanba/workflows/domain';
import type { ClientUser } from '../organizations/client-user.entity.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';

/** Who the certificates are for, from the bank's records (the CA writes these into the subject). */
export async function registrationHolder(
  organizations: OrganizationsService,
  user: ClientUser,
): Promise<RegistrationHolder> {
  const organization = await organizations.get(user.organizationId);
  return {
    userId: user.id,
    name: user.fullName,
    iin: user.iin,
    organizationId: organization.id,
    bin: organization.binIin,
    organizationName: organization.name,
  };
}
