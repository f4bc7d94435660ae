import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ChangeRequestRejectionCode } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import type { StaffIdentity } from '../access/identity.js';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { SecretBox } from '../common/crypto/secret-box.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { handoverContext } from './change-applications.service.js';
import { ChangeRequestsErrorCode as Code } from './change-requests-error-code.js';

/**
 * What an applied request made that only its maker hands to the client — a new OTP card's cells and
 * PIN, a token's provisioning — opened once for printing: the sealed copy is then destroyed, so no
 * one, the maker included, can read it again.
 */
@Injectable()
export class ChangeHandoversService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
  ) {}

  async take(staff: StaffIdentity, requestId: string, name: string): Promise<Record<string, unknown>> {
    const sealed = await this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query<{ sealed: string | null; maker_id: string }[]>(
        `SELECT s.sealed, r.maker_id FROM change_request_secret s JOIN change_request r ON r.id = s.change_request_id
         WHERE s.change_request_id = $1 AND s.name = $2 FOR UPDATE OF s`,
        [requestId, name],
      );
      if (!row?.sealed)
        throw new FeatureError(Code.ENVELOPE_GONE, 'This envelope was printed already or never existed.', {
          field: 'name',
        });
      if (row.maker_id !== staff.staffId)
        throw new FeatureError(
          ChangeRequestRejectionCode.NOT_MAKER,
          'Only the maker of the request prints it.',
        );
      await tx.query(
        `UPDATE change_request_secret SET sealed = NULL, taken_at = now() WHERE change_request_id = $1 AND name = $2`,
        [requestId, name],
      );
      return row.sealed;
    });
    await this.audit.record({
      actor: { kind: 'STAFF', id: staff.staffId },
      action: 'CHANGE_REQUEST_ENVELOPE_TAKEN',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'CHANGE_REQUEST', id: requestId },
      details: { envelope: name },
    });
    return JSON.parse(this.box.open(sealed, handoverContext(requestId, name)).toString('utf8')) as Record<
      string,
      unknown
    >;
  }
}
