import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeIban } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { normalizePhone } from './client-field-checks.js';
import type {
  ClientAccountView,
  ClientOverviewView,
  ClientSummaryView,
  ClientUserView,
} from './dto/manager-client.view.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';
import { STANDARD_CONNECTED_SQL } from './standard-connected.js';

const SEARCH_LIMIT = 50;

interface OrganizationRow {
  id: string;
  name: string;
  legal_form: string;
  bin_iin: string;
  address: string | null;
  none_may_prepare: boolean;
  standard_connected: boolean;
  created_at: Date;
  accounts: number;
  users: number;
}

/** What managers find and read of their clients (every change goes through a change request). */
@Injectable()
export class ManagerClientsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By BIN/IIN or its start, part of the name, an account's IBAN or a user's phone; newest first. */
  async search(q: string | undefined): Promise<ClientSummaryView[]> {
    const text = q?.trim() ?? '';
    const rows = await this.dataSource.query<OrganizationRow[]>(
      `SELECT o.*, ${STANDARD_CONNECTED_SQL} AS standard_connected,
              (SELECT count(*)::int FROM account a WHERE a.organization_id = o.id) AS accounts,
              (SELECT count(*)::int FROM client_user u WHERE u.organization_id = o.id) AS users
       FROM organization o
       WHERE $1 = ''
          OR o.bin_iin LIKE $2 || '%'
          OR o.name ILIKE '%' || $2 || '%'
          OR EXISTS (SELECT 1 FROM account a WHERE a.organization_id = o.id AND a.iban = $3)
          OR EXISTS (SELECT 1 FROM client_user u WHERE u.organization_id = o.id AND u.phone = $4)
       ORDER BY o.created_at DESC, o.id
       LIMIT $5`,
      [text, escapeLike(text), normalizeIban(text), normalizePhone(text), SEARCH_LIMIT],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      legalForm: row.legal_form,
      binIin: row.bin_iin,
      accounts: row.accounts,
      users: row.users,
      standardConnected: row.standard_connected,
      createdAt: row.created_at.toISOString(),
    }));
  }

  async overview(id: string): Promise<ClientOverviewView> {
    const [organization] = await this.dataSource.query<OrganizationRow[]>(
      `SELECT o.*, ${STANDARD_CONNECTED_SQL} AS standard_connected, 0 AS accounts, 0 AS users
       FROM organization o WHERE o.id = $1`,
      [id],
    );
    if (!organization)
      throw new FeatureError(Code.ORGANIZATION_NOT_FOUND, 'No such organization.', { field: 'id' });
    const accounts = await this.dataSource.query<ClientAccountView[]>(
      `SELECT id, iban, currency, title, status FROM account WHERE organization_id = $1 ORDER BY created_at, iban`,
      [id],
    );
    const users = await this.dataSource.query<
      (Omit<ClientUserView, 'devices' | 'certificates'> & {
        devices: ClientUserView['devices'] | null;
        certificates: ClientUserView['certificates'] | null;
      })[]
    >(
      `SELECT u.id, u.full_name AS "fullName", u.iin, u.phone, u.email, u.signature_right AS "signatureRight",
              u.channels, u.status,
              (SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'serial', d.serial, 'status', d.status,
                                                 'blockedReason', d.blocked_reason) ORDER BY d.issued_at DESC)
               FROM otp_device d WHERE d.user_id = u.id) AS devices,
              (SELECT json_agg(json_build_object('id', c.id, 'purpose', c.purpose, 'serialNumber', c.serial_number,
                                                 'status', CASE WHEN c.status = 'ACTIVE' AND c.not_after < now()
                                                                THEN 'EXPIRED' ELSE c.status END,
                                                 'notAfter', c.not_after) ORDER BY c.not_before DESC)
               FROM user_certificate c WHERE c.user_id = u.id) AS certificates
       FROM client_user u WHERE u.organization_id = $1 ORDER BY u.created_at, u.full_name`,
      [id],
    );
    return {
      id: organization.id,
      name: organization.name,
      legalForm: organization.legal_form,
      binIin: organization.bin_iin,
      address: organization.address,
      noneMayPrepare: organization.none_may_prepare,
      standardConnected: organization.standard_connected,
      createdAt: organization.created_at.toISOString(),
      accounts: accounts.map((account) => ({ ...account, iban: account.iban.trim() })),
      users: users.map((user) => ({
        ...user,
        iin: user.iin.trim(),
        devices: user.devices ?? [],
        certificates: (user.certificates ?? []).map((certificate) => ({
          ...certificate,
          notAfter: new Date(certificate.notAfter).toISOString(),
        })),
      })),
    };
  }
}

/** `%` and `_` typed into the search box are looked for as themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
