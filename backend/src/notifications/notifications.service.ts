import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentState } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import type { NotificationKind } from './notification.entity.js';

/** Writes "a document awaits you" notifications to the outbox for the people it now waits for. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One statement per transition: the recipients are chosen in SQL from the users' rights (and, for
   * a dispatch EDS, their Standard channel) as they are at this moment.
   */
  async notifyAwaited(state: DocumentState): Promise<number> {
    const awaiting = state.awaiting;
    if (awaiting.kind !== 'SIGNATURE' && awaiting.kind !== 'DISPATCH_EDS') return 0;
    const kind: NotificationKind =
      awaiting.kind === 'SIGNATURE' ? 'AWAITING_SIGNATURE' : 'AWAITING_DISPATCH_EDS';
    const excluded = awaiting.kind === 'SIGNATURE' ? awaiting.excludedUserIds : [];
    const seq = state.timeline.at(-1)?.seq ?? 0;
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO notification_outbox (id, dedupe_key, recipient_id, kind, document_id, payload)
       SELECT gen_random_uuid(), $1 || ':' || u.id, u.id, $2, $3, $4
       FROM client_user u
       WHERE u.organization_id = $5 AND u.status = 'ACTIVE' AND u.signature_right = ANY($6::text[])
         AND NOT (u.id = ANY($7::uuid[])) AND ($8 = false OR 'STANDARD' = ANY(u.channels))
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
        state.organizationId,
        awaiting.rights,
        excluded,
        awaiting.kind === 'DISPATCH_EDS',
      ],
    );
    return rows.length;
  }
}
