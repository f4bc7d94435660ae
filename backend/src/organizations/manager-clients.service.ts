import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeIban } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { normalizePhone } from './client-field-checks.js';
import type {
  ClientAccountView,
  ClientOverviewView,
  ClientSearchPage,
  ClientSearchQuery,
  ClientUserView,
} from './dto/manager-client.view.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';
import { STANDARD_CONNECTED_SQL } from './standard-connected.js';

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

/** `$1` the text, `$2` it LIKE-escaped, `$3` as an IBAN, `$4` as a phone; '' finds everyone. */
const MATCHES = `($1 = ''
    OR o.bin_iin LIKE $2 || '%'
    OR o.name ILIKE '%' || $2 || '%'
    OR EXISTS (SELECT 1 FROM account a WHERE a.organization_id = o.id AND a.iban = $3)
    OR EXISTS (SELECT 1 FROM client_user u WHERE u.organization_id = o.id AND u.phone = $4))`;

type UserRow = Omit<ClientUserView, 'devices' | 'certificates' | 'registrations' | 'reissues'> & {
  [K in 'devices' | 'certificates' | 'registrations' | 'reissues']: ClientUserView[K] | null;
};

/** What managers find and read of their clients (every change goes through a change request). */
@Injectable()
export class ManagerClientsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By BIN/IIN or its start, part of the name, an account's IBAN or a user's phone; newest first. */
  async search({ q, page, pageSize }: ClientSearchQuery): Promise<ClientSearchPage> {
    const text = q?.trim() ?? '';
    const terms = [text, escapeLike(text), normalizeIban(text), searchablePhone(text)];
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM organization o WHERE ${MATCHES}`,
      terms,
    );
    const rows = await this.dataSource.query<OrganizationRow[]>(
      `SELECT o.*, ${STANDARD_CONNECTED_SQL} AS standard_connected,
              (SELECT count(*)::int FROM account a WHERE a.organization_id = o.id) AS accounts,
              (SELECT count(*)::int FROM client_user u WHERE u.organization_id = o.id) AS users
       FROM organization o
       WHERE ${MATCHES}
       ORDER BY o.created_at DESC, o.id
       LIMIT $5 OFFSET $6`,
      [...terms, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        name: row.name,
        legalForm: row.legal_form,
        binIin: row.bin_iin.trim(),
        accounts: row.accounts,
        users: row.users,
        standardConnected: row.standard_connected,
        createdAt: row.created_at.toISOString(),
      })),
      page,
      pageSize,
      total,
    };
  }

  /**
   * The organization with its accounts and users, each user with their OTP devices (never a
   * secret), certificates, token registrations and reissues. Registrations and reissues are read
   * here with the columns of the registrations' own lists: that module depends on this one.
   */
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
    const users = await this.dataSource.query<UserRow[]>(
      `SELECT u.id, u.full_name AS "fullName", u.iin, u.phone, u.email, u.signature_right AS "signatureRight",
              u.channels, u.status,
              (SELECT json_agg(json_build_object('id', d.id, 'kind', d.kind, 'serial', d.serial, 'status', d.status,
                                                 'blockedReason', d.blocked_reason) ORDER BY d.issued_at DESC)
               FROM otp_device d WHERE d.user_id = u.id) AS devices,
              (SELECT json_agg(json_build_object('id', c.id, 'purpose', c.purpose, 'subject', c.subject,
                                                 'serialNumber', c.serial_number,
                                                 'status', CASE WHEN c.status = 'ACTIVE' AND c.not_after < now()
                                                                THEN 'EXPIRED' ELSE c.status END,
                                                 'notBefore', c.not_before, 'notAfter', c.not_after)
                                ORDER BY c.not_before DESC)
               FROM user_certificate c WHERE c.user_id = u.id) AS certificates,
              (SELECT json_agg(json_build_object('registrationId', r.id, 'status', r.status, 'open', r.open,
                                                 'tokenSerial', r.token_serial, 'reissueId', r.reissue_id,
                                                 'startedAt', r.started_at, 'updatedAt', r.updated_at)
                                ORDER BY r.started_at DESC, r.id)
               FROM token_registration r WHERE r.user_id = u.id) AS registrations,
              (SELECT json_agg(json_build_object('reissueId', x.id, 'status', x.status, 'open', x.open,
                                                 'reason', x.reason, 'startedBy', x.started_by,
                                                 'registrationId', x.registration_id,
                                                 'startedAt', x.started_at, 'updatedAt', x.updated_at)
                                ORDER BY x.started_at DESC, x.id)
               FROM token_reissue x WHERE x.user_id = u.id) AS reissues
       FROM client_user u WHERE u.organization_id = $1 ORDER BY u.created_at, u.full_name`,
      [id],
    );
    return {
      id: organization.id,
      name: organization.name,
      legalForm: organization.legal_form,
      binIin: organization.bin_iin.trim(),
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
          notBefore: isoTime(certificate.notBefore),
          notAfter: isoTime(certificate.notAfter),
        })),
        registrations: (user.registrations ?? []).map((registration) => ({
          ...registration,
          startedAt: isoTime(registration.startedAt),
          updatedAt: isoTime(registration.updatedAt),
        })),
        reissues: (user.reissues ?? []).map((reissue) => ({
          ...reissue,
          startedAt: isoTime(reissue.startedAt),
          updatedAt: isoTime(reissue.updatedAt),
        })),
      })),
    };
  }
}

/** json_build_object writes PostgreSQL's own timestamp text; the API answers ISO 8601 in UTC. */
function isoTime(value: string): string {
  return new Date(value).toISOString();
}

/** `%` and `_` typed into the search box are looked for as themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A mobile number as stored (+7XXXXXXXXXX), however it was typed: `8 701…`, `7701…`, `(701)…`. */
function searchablePhone(text: string): string {
  const phone = normalizePhone(text);
  if (/^8\d{10}$/.test(phone)) return `+7${phone.slice(1)}`;
  if (/^7\d{10}$/.test(phone)) return `+${phone}`;
  if (/^7\d{9}$/.test(phone)) return `+7${phone}`;
  return phone;
}
