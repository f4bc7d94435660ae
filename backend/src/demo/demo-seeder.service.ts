import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BankSimulatorControlService } from '../bank-gateway/simulator/control/bank-simulator-control.service.js';
import { BankSimulatorErrorCode } from '../bank-gateway/simulator/control/bank-simulator-error-code.js';
import { withAdvisoryLock } from '../common/database/advisory-lock.js';
import { PasswordHasher } from '../common/crypto/password-hasher.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppConfig } from '../config/app-config.js';
import { AppLogger } from '../logging/app-logger.js';
import { fromBase32 } from '../otp/otp-codes.js';
import { OtpDevicesService } from '../otp/otp-devices.service.js';
import {
  DEMO_ACCOUNT,
  DEMO_CURRENCY_ACCOUNTS,
  DEMO_COUNTERPARTY,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_USERS,
} from './demo-data.js';

/** Arbitrary but fixed, beside the migrations' key. */
const DEMO_SEED_LOCK_KEY = 7_310_240_002;

/**
 * Seeds the demo client at start-up when SEED_DEMO_DATA is set (development only; the config refuses
 * it in production). Every insert is keyed by a fixed id, so a restart adds nothing twice and keeps
 * whatever the demo has done since.
 */
@Injectable()
export class DemoSeederService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
    private readonly bank: BankSimulatorControlService,
    private readonly hasher: PasswordHasher,
    private readonly devices: OtpDevicesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo.seed) return;
    // Two API replicas of the local cluster start together: the second finds the first's rows.
    await withAdvisoryLock(this.dataSource, DEMO_SEED_LOCK_KEY, () => this.seed());
  }

  private async seed(): Promise<void> {
    const org = DEMO_ORGANIZATION;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO organization (id, name, legal_form, bin_iin, kod, none_may_prepare)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [org.id, org.name, org.legalForm, org.binIin, org.kod, org.noneMayPrepare],
      );
      for (const account of [DEMO_ACCOUNT, ...DEMO_CURRENCY_ACCOUNTS]) {
        await manager.query(
          `INSERT INTO account (id, organization_id, iban, currency, title) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING`,
          [account.id, org.id, account.iban, account.currency, account.title],
        );
      }
      for (const user of DEMO_USERS) {
        await manager.query(
          `INSERT INTO client_user (id, organization_id, full_name, iin, signature_right, channels, status, phone)
           VALUES ($1, $2, $3, $4, $5, $6, 'ACTIVE', $7) ON CONFLICT DO NOTHING`,
          [user.id, org.id, user.fullName, user.iin, user.right, user.channels, user.phone],
        );
      }
    });
    // The accounts live in the bank's core: opened there the way the bank's staff would.
    for (const account of [
      {
        iban: DEMO_ACCOUNT.iban,
        holderName: org.name,
        holderBinIin: org.binIin,
        openingBalanceTiyn: DEMO_ACCOUNT.openingBalanceTiyn,
        currency: 'KZT',
      },
      ...DEMO_CURRENCY_ACCOUNTS.map((account) => ({
        iban: account.iban,
        holderName: org.name,
        holderBinIin: org.binIin,
        openingBalanceTiyn: account.openingBalanceTiyn,
        currency: account.currency,
      })),
      {
        iban: DEMO_COUNTERPARTY.iban,
        holderName: DEMO_COUNTERPARTY.name,
        holderBinIin: DEMO_COUNTERPARTY.binIin,
        currency: 'KZT',
      },
    ]) {
      await this.bank.openAccount(account).catch((error: unknown) => {
        if (!(error instanceof FeatureError && error.code === String(BankSimulatorErrorCode.ACCOUNT_EXISTS)))
          throw error;
      });
    }
    await this.seedCredentials();
    await this.seedOtpDevices();
    await this.seedRegistrationCredentials();
    this.logger.info({ organization: org.name, users: DEMO_USERS.length }, 'demo data ready');
  }

  /**
   * Demo log-ins, each with its own salt; a password a developer has since changed is kept. Only
   * missing rows are hashed: Argon2 is slow on purpose, and the platform starts often.
   */
  private async seedCredentials(): Promise<void> {
    const staffPresent = new Set(
      (
        await this.dataSource.query<{ id: string }[]>(`SELECT id FROM staff_user WHERE id = ANY($1)`, [
          DEMO_STAFF.map((member) => member.id),
        ])
      ).map((row) => row.id),
    );
    for (const member of DEMO_STAFF.filter((member) => !staffPresent.has(member.id))) {
      await this.dataSource.query(
        `INSERT INTO staff_user (id, login, full_name, role, password_hash, status)
         VALUES ($1, $2, $3, $4, $5, 'ACTIVE') ON CONFLICT DO NOTHING`,
        [member.id, member.login, member.fullName, member.role, await this.hasher.hash(DEMO_PASSWORD)],
      );
    }
    const credentialsPresent = new Set(
      (
        await this.dataSource.query<{ user_id: string; kind: string }[]>(
          `SELECT user_id, kind FROM client_credential WHERE user_id = ANY($1)`,
          [DEMO_USERS.map((user) => user.id)],
        )
      ).map((row) => `${row.user_id}/${row.kind}`),
    );
    for (const user of DEMO_USERS) {
      const credentials: [kind: 'STANDARD' | 'PHONE', login: string | null][] = [];
      if (user.standardLogin) credentials.push(['STANDARD', user.standardLogin]);
      if (user.channels.some((channel) => channel !== 'STANDARD')) credentials.push(['PHONE', null]);
      for (const [kind, login] of credentials) {
        if (credentialsPresent.has(`${user.id}/${kind}`)) continue;
        await this.dataSource.query(
          `INSERT INTO client_credential (user_id, kind, login, password_hash, must_change, password_set_at)
           VALUES ($1, $2, $3, $4, false, now()) ON CONFLICT DO NOTHING`,
          [user.id, kind, login, await this.hasher.hash(DEMO_PASSWORD)],
        );
      }
    }
  }

  /** The demo's fixed-secret devices, unless the user has had another device issued since. */
  private async seedOtpDevices(): Promise<void> {
    for (const user of DEMO_USERS) {
      const device = user.otp;
      if (!device) continue;
      const [present] = await this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM otp_device WHERE id = $1 OR (user_id = $2 AND status <> 'REVOKED')`,
        [device.id, user.id],
      );
      if ((present?.n ?? 0) > 0) continue;
      await this.devices.issueForDemo(device.kind, user.id, {
        id: device.id,
        serial: device.serial,
        secret: fromBase32(device.secret),
        ...(device.kind === 'CARD' ? { pin: device.pin } : {}),
      });
    }
  }

  /** The fixed registration user IDs: `npm start` registers the demo token with them. */
  private async seedRegistrationCredentials(): Promise<void> {
    for (const user of DEMO_USERS.filter((candidate) => candidate.registrationLogin)) {
      await this.dataSource.query(
        `INSERT INTO registration_credential (user_id, login, validity_days) VALUES ($1, $2, 365)
         ON CONFLICT DO NOTHING`,
        [user.id, user.registrationLogin],
      );
    }
  }
}
