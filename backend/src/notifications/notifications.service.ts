import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentState } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { ClientUsersService } from '../organizations/client-users.service.js';
import type { NotificationKind } from './notification.entity.js';

/** Writes "a document awaits you" notifications to the outbox for the people it now waits for. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: ClientUsersService,
  ) {}

  /**
   * The recipients are the users whose rights (and, for a dispatch EDS, their Standard channel) the
   * document awaits as they are at this moment; one row each, de-duplicated per transition, so a
   * repeated projection notifies nobody twice.
   */
  async notifyAwaited(state: DocumentState): Promise<number> {
    const awaiting = state.awaiting;
    if (awaiting.kind !== 'SIGNATURE' && awaiting.kind !== 'DISPATCH_EDS') return 0;
    const kind: NotificationKind =
      awaiting.kind === 'SIGNATURE' ? 'AWAITING_SIGNATURE' : 'AWAITING_DISPATCH_EDS';
    const excluded = new Set(awaiting.kind === 'SIGNATURE' ? awaiting.excludedUserIds : []);
    const recipients = (await this.users.listByRights(state.organizationId, awaiting.rights))
      .filter((user) => !excluded.has(user.id))
      .filter((user) => awaiting.kind !== 'DISPATCH_EDS' || user.channels.includes('STANDARD'))
      .map((user) => user.id);
    if (recipients.length === 0) return 0;
    const seq = state.timeline.at(-1)?.seq ?? 0;
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO notification_outbox (id, dedupe_key, recipient_id, kind, document_id, payload)
       SELECT gen_random_uuid(), $1 || ':' || recipient, recipient, $2, $3, $4
       FROM unnest($5::uuid[]) AS recipient
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING recipient_id`,
      [
        `${state.documentId}:${seq}`,
        kind,
        state.documentId,
        {
          number: state.content.number,
          amountTiyn: state.content.amountTiyn,
          beneficiary: state.content.beneficiary.name,
        },
        recipients,
      ],
    );
    return rows.length;
  }
}
