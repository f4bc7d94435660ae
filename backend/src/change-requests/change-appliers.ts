import { Injectable } from '@nestjs/common';
import type { ChangeType } from '@qoltanba/workflows/domain';
import type { ChangeApplier } from './appliers/change-applier.js';
import { ClientSetupApplier } from './appliers/client-setup.applier.js';
import { CredentialsApplier } from './appliers/credentials.applier.js';
import { ProcessActionsApplier } from './appliers/process-actions.applier.js';
import { StandardChannelApplier } from './appliers/standard-channel.applier.js';
import { UserAccessApplier } from './appliers/user-access.applier.js';

/** The applier of each change type. */
@Injectable()
export class ChangeAppliers {
  private readonly byType: ReadonlyMap<ChangeType, ChangeApplier>;

  constructor(
    setup: ClientSetupApplier,
    access: UserAccessApplier,
    credentials: CredentialsApplier,
    standard: StandardChannelApplier,
    processes: ProcessActionsApplier,
  ) {
    this.byType = new Map(
      [setup, access, credentials, standard, processes].flatMap((applier) =>
        applier.types.map((type) => [type, applier] as const),
      ),
    );
  }

  of(type: ChangeType): ChangeApplier {
    const applier = this.byType.get(type);
    if (!applier) throw new Error(`no applier for ${type}`);
    return applier;
  }
}
