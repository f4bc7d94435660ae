import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Awaiting, DocumentState } from '@qoltanba/workflows/domain';
import { Repository } from 'typeorm';
import { nameAwaitedPeople } from '../organizations/awaited-people.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { Notification, type NotificationKind } from './notification.entity.js';

/** A process that may await people: a document or an application, with what to show them. */
export interface AwaitingProcess {
  id: string;
  organizationId: string;
  awaiting: Awaiting;
  /** The timeline's last seq: one notification per person per transition. */
  seq: number;
  payload: Record<string, string | number | { minor: number; currency: string }>;
}

/** What a document's notification shows: its number, amount and beneficiary. */
export function awaitingDocument(state: DocumentState): AwaitingProcess {
  return {
    id: state.documentId,
    organizationId: state.organizationId,
    awaiting: state.awaiting,
    seq: state.timeline.at(-1)?.seq ?? 0,
    payload: {
      number: state.content.number,
      amountTiyn: state.content.amountTiyn,
      beneficiary: state.content.beneficiary.name,
    },
  };
}

/** Writes "a document awaits you" notifications to the outbox for the people it now waits for. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly outbox: Repository<Notification>,
    private readonly users: ClientUsersService,
  ) {}

  /**
   * The recipients are the users whose rights (and, for a dispatch EDS, their Standard channel) the
   * document awaits as they are at this moment; one row each, de-duplicated per transition, so a
   * repeated projection notifies nobody twice.
   */
  async notifyAwaited(process: AwaitingProcess): Promise<number> {
    const awaiting = process.awaiting;
    if (awaiting.kind !== 'SIGNATURE' && awaiting.kind !== 'DISPATCH_EDS') return 0;
    const kind: NotificationKind =
      awaiting.kind === 'SIGNATURE' ? 'AWAITING_SIGNATURE' : 'AWAITING_DISPATCH_EDS';
    const named = await nameAwaitedPeople(this.users, process.organizationId, awaiting);
    const recipients = (named.users ?? []).map((user) => user.id);
    if (recipients.length === 0) return 0;
    const written = await this.outbox
      .createQueryBuilder()
      .insert()
      .values(
        recipients.map((recipientId) => ({
          id: randomUUID(),
          dedupeKey: `${process.id}:${process.seq}:${recipientId}`,
          recipientId,
          kind,
          documentId: process.id,
          payload: process.payload,
        })),
      )
      .orIgnore()
      .returning(['recipientId'])
      .execute();
    return (written.raw as unknown[]).length;
  }
}
