import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplyChange } from '@qoltanba/workflows/activities';
import type { ChangeOutcome } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { SecretBox } from '../common/crypto/secret-box.js';
import { ChangeAppliers } from './change-appliers.js';
import type { AnyChange } from './dto/change.dto.js';

export const handoverContext = (requestId: string, name: string) => `change-request:${requestId}:${name}`;

/**
 * Applies an approved (or exempt) change: the client's data, the audit record with its before and
 * after, the outcome and any sealed hand-over land in one transaction, or nothing does. A repeat
 * (activities are at-least-once) answers the outcome recorded the first time.
 */
@Injectable()
export class ChangeApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appliers: ChangeAppliers,
    private readonly box: SecretBox,
  ) {}

  async apply(request: ApplyChange): Promise<ChangeOutcome> {
    const { organizationId } = request;
    // The change as the API validated it when submitted (plain JSON since).
    const change = request.change as unknown as AnyChange;
    const applier = this.appliers.of(change.type);
    return this.dataSource.transaction(async (tx) => {
      // Serializes a repeat with the first attempt, then finds what the first one recorded.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [request.requestId]);
      const [done] = await tx.query<{ outcome: ChangeOutcome }[]>(
        `SELECT outcome FROM change_request_application WHERE change_request_id = $1`,
        [request.requestId],
      );
      if (done) return done.outcome;
      const inspection = await applier.inspect(change, tx, organizationId);
      const outcome = await applier.apply(change, {
        tx,
        requestId: request.requestId,
        organizationId,
        maker: request.maker,
        checker: request.checker,
        sealForHandover: async (name, contents) => {
          await tx.query(
            `INSERT INTO change_request_secret (change_request_id, name, sealed) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING`,
            [
              request.requestId,
              name,
              this.box.seal(JSON.stringify(contents), handoverContext(request.requestId, name)),
            ],
          );
        },
      });
      await tx.query(`INSERT INTO change_request_application (change_request_id, outcome) VALUES ($1, $2)`, [
        request.requestId,
        JSON.stringify(outcome),
      ]);
      await tx.query(
        `INSERT INTO audit_event (actor_kind, actor_id, organization_id, action, outcome, subject_kind, subject_id, details)
         VALUES ('STAFF', $1, $2, $3, 'SUCCESS', 'CHANGE_REQUEST', $4, $5)`,
        [
          request.checker?.staffId ?? request.maker.staffId,
          inspection.organizationId || null,
          `CHANGE_${change.type}`,
          request.requestId,
          JSON.stringify({
            maker: request.maker.staffId,
            checker: request.checker?.staffId ?? null,
            exempt: request.checker === null,
            revision: request.revision,
            differences: inspection.differences,
            outcome,
          }),
        ],
      );
      return outcome;
    });
  }
}
