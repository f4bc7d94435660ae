import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ChangeRequestRejectionCode } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import type { StaffIdentity } from '../access/identity.js';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { SecretBox } from '../common/crypto/secret-box.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import type { PinEnvelope } from '../registrations/envelope/pin-envelope.file.js';
import { renderPinEnvelope } from '../registrations/envelope/pin-envelope.pdf.js';
import type { LegalForm } from '../organizations/organization.entity.js';
import type { UserHandover } from './appliers/new-user-credentials.js';
import { handoverContext } from './change-applications.service.js';
import { ChangeRequestsErrorCode as Code } from './change-requests-error-code.js';

interface Card {
  device: { serial: string };
  card: { pin: string; cells: { cell: number; code: string }[] };
}

/**
 * What an applied request made that only its maker hands to the client — a new OTP card's cells and
 * PIN, a token's provisioning, a new user's log-in — opened once for printing: the sealed copy is
 * then destroyed, so no one, the maker included, can read it again.
 */
@Injectable()
export class ChangeHandoversService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly box: SecretBox,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  take(staff: StaffIdentity, requestId: string, name: string): Promise<Record<string, unknown>> {
    return this.open(staff, requestId, name, 'JSON');
  }

  /** The PIN envelope as one page of PDF: for a new user given an OTP card and a registration user ID. */
  async takeAsPdf(staff: StaffIdentity, requestId: string, name: string): Promise<PinEnvelope> {
    const contents = (await this.open(staff, requestId, name, 'PDF')) as UserHandover & Card;
    const [organization] = await this.dataSource.query<
      { name: string; bin_iin: string; legal_form: LegalForm }[]
    >(
      `SELECT o.name, o.bin_iin, o.legal_form FROM organization o JOIN change_request r ON r.organization_id = o.id
       WHERE r.id = $1`,
      [requestId],
    );
    const pdf = await renderPinEnvelope({
      bankName: this.config.bank.name,
      organization: {
        name: organization!.name,
        binIin: organization!.bin_iin,
        legalForm: organization!.legal_form,
      },
      userFullName: contents.fullName,
      registrationUserId: contents.registration!.login,
      card: { serial: contents.device.serial, pin: contents.card.pin, cells: contents.card.cells },
      validityDays: contents.registration!.validityDays,
      issuedAt: new Date(),
      ...(contents.standard ? { standard: contents.standard } : {}),
    });
    return { filename: `pin-envelope-${contents.registration!.login}.pdf`, pdf };
  }

  private async open(
    staff: StaffIdentity,
    requestId: string,
    name: string,
    format: 'JSON' | 'PDF',
  ): Promise<Record<string, unknown>> {
    const contents = await this.dataSource.transaction(async (tx) => {
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
      const opened = JSON.parse(
        this.box.open(row.sealed, handoverContext(requestId, name)).toString('utf8'),
      ) as Record<string, unknown>;
      // Refused before it is destroyed: the maker can still take it as it can be printed.
      if (format === 'PDF' && !(opened.card && opened.registration))
        throw new FeatureError(
          Code.ENVELOPE_NOT_PRINTABLE,
          'Only an OTP card with a registration user ID is printed as a PIN envelope; open it to print it.',
          { field: 'name' },
        );
      await tx.query(
        `UPDATE change_request_secret SET sealed = NULL, taken_at = now() WHERE change_request_id = $1 AND name = $2`,
        [requestId, name],
      );
      return opened;
    });
    await this.audit.record({
      actor: { kind: 'STAFF', id: staff.staffId },
      action: 'CHANGE_REQUEST_ENVELOPE_TAKEN',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'CHANGE_REQUEST', id: requestId },
      details: { envelope: name, format },
    });
    return contents;
  }
}
