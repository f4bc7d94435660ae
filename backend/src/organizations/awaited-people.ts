import type { Awaiting } from '@qoltanba/workflows/domain';
import type { ClientUsersService } from './client-users.service.js';

export type NamedAwaiting = Awaiting & { users?: { id: string; name: string }[] };

/**
 * What a signed process awaits, with the people named: those holding an awaited right who have not
 * signed it yet, and for the dispatch EDS only those with the Standard channel.
 */
export async function nameAwaitedPeople(
  users: ClientUsersService,
  organizationId: string,
  awaiting: Awaiting,
): Promise<NamedAwaiting> {
  if (awaiting.kind !== 'SIGNATURE' && awaiting.kind !== 'DISPATCH_EDS') return awaiting;
  const candidates = await users.listByRights(organizationId, awaiting.rights);
  const excluded = awaiting.kind === 'SIGNATURE' ? awaiting.excludedUserIds : [];
  return {
    ...awaiting,
    users: candidates
      .filter((user) => !excluded.includes(user.id))
      .filter((user) => awaiting.kind === 'SIGNATURE' || user.channels.includes('STANDARD'))
      .map((user) => ({ id: user.id, name: user.fullName })),
  };
}
