import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS, AuditService } from '../audit/audit.service.js';
import { ClientUsersService } from '../organizations/client-users.service.js';
import { SmsGateway } from '../sms/sms-gateway.js';
import { smsText } from '../sms/sms-texts.js';

/**
 * What a finished registration tells: an SMS to the user (their token can now sign for them, so
 * someone else's registration must not go unnoticed) and the audit trail. Sent once per
 * registration, however often the activity runs: the outbox is keyed by the audit row.
 */
@Injectable()
export class RegistrationNotices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: ClientUsersService,
    private readonly sms: SmsGateway,
    private readonly audit: AuditService,
  ) {}

  async registered(registrationId: string, superseded: number): Promise<void> {
    const [row] = await this.dataSource.query<{ user_id: string; organization_id: string }[]>(
      `SELECT user_id, organization_id FROM token_registration WHERE id = $1`,
      [registrationId],
    );
    if (!row) return;
    const [already] = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM audit_event WHERE action = 'TOKEN_REGISTRATION_COMPLETE' AND subject_id = $1`,
      [registrationId],
    );
    if (already) return;
    const user = await this.users.get(row.user_id);
    if (user.phone) {
      await this.sms.send({
        to: user.phone,
        purpose: 'TOKEN_REGISTERED',
        text: smsText('TOKEN_REGISTERED', user.language, {}),
      });
    }
    await this.audit.record({
      actor: { kind: 'CLIENT', id: row.user_id, organizationId: row.organization_id },
      action: 'TOKEN_REGISTRATION_COMPLETE',
      outcome: AUDIT_SUCCESS,
      subject: { kind: 'TOKEN_REGISTRATION', id: registrationId },
      details: { superseded },
    });
  }
}
