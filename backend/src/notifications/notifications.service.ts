import { randomUUID } from 'node:crypto';
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

  async notifyAwaited(state: DocumentState): Promise<number> {
    const awaiting = state.awaiting;
    let kind: NotificationKind;
    let recipients;
    if (awaiting.kind === 'SIGNATURE') {
      kind = 'AWAITING_SIGNATURE';
      recipients = (await this.users.listByRights(state.organizationId, awaiting.rights)).filter(
        (user) => !awaiting.excludedUserIds.includes(user.id),
      );
    } else if (awaiting.kind === 'DISPATCH_EDS') {
      kind = 'AWAITING_DISPATCH_EDS';
      recipients = (await this.users.listByRights(state.organizationId, awaiting.rights)).filter((user) =>
        user.channels.includes('STANDARD'),
      );
    } else {
      return 0;
    }
    const seq = state.timeline.at(-1)?.seq ?? 0;
    const payload = {
      number: state.content.number,
      amountTiyn: state.content.amountTiyn,
      beneficiary: state.content.beneficiary.name,
    };
    for (const user of recipients) {
      await this.dataSource.query(
        `INSERT INTO notification_outbox (id, dedupe_key, recipient_id, kind, document_id, payload)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING`,
        [randomUUID(), `${state.documentId}:${seq}:${user.id}`, user.id, kind, state.documentId, payload],
      );
    }
    return recipients.length;
  }
}
