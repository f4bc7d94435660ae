import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BankSimulatorControlService } from '../bank-gateway/simulator/control/bank-simulator-control.service.js';
import { BankSimulatorErrorCode } from '../bank-gateway/simulator/control/bank-simulator-error-code.js';
import { ApiError } from '../common/errors/api-error.js';
import { AppConfig } from '../config/app-config.js';
import { AppLogger } from '../logging/app-logger.js';
import { DEMO_ACCOUNT, DEMO_COUNTERPARTY, DEMO_ORGANIZATION, DEMO_USERS } from './demo-data.js';

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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo.seed) return;
    const org = DEMO_ORGANIZATION;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO organization (id, name, legal_form, bin_iin, kod) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [org.id, org.name, org.legalForm, org.binIin, org.kod],
      );
      await manager.query(
        `INSERT INTO account (id, organization_id, iban, currency, title) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [DEMO_ACCOUNT.id, org.id, DEMO_ACCOUNT.iban, DEMO_ACCOUNT.currency, DEMO_ACCOUNT.title],
      );
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
      },
      {
        iban: DEMO_COUNTERPARTY.iban,
        holderName: DEMO_COUNTERPARTY.name,
        holderBinIin: DEMO_COUNTERPARTY.binIin,
      },
    ]) {
      await this.bank.openAccount({ ...account, currency: 'KZT' }).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.code === String(BankSimulatorErrorCode.ACCOUNT_EXISTS)))
          throw error;
      });
    }
    this.logger.info({ organization: org.name, users: DEMO_USERS.length }, 'demo data ready');
  }
}
