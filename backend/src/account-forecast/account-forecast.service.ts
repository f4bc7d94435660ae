import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_CURRENCY, almatyDate, formatTiyn } from '@qoltanba/workflows/domain';
import type { DataSource } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { BankGateway } from '../bank-gateway/bank-gateway.js';
import { tiynFromDatabase } from '../bank-gateway/simulator/entities/tiyn-column.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import { OwnAccounts } from '../organizations/own-accounts.service.js';
import { PLANNED_STATUSES, forecastDays, type PlannedPayment } from './account-forecast.js';
import { AccountForecastErrorCode as Code } from './account-forecast-error-code.js';
import type { AccountForecastView } from './dto/account-forecast.view.js';

/** A forecast lists payments, not a ledger: past this many it would be read by no one. */
const MAX_PAYMENTS = 500;

/**
 * What an accountant checks before signing: will the account hold enough for every payment on its
 * way, day by day? The available balance comes from the bank's core, the payments from the
 * documents' read model.
 */
@Injectable()
export class AccountForecastService {
  constructor(
    private readonly accounts: OwnAccounts,
    private readonly bank: BankGateway,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: AppLogger,
  ) {}

  async forecast(identity: ClientIdentity, iban: string): Promise<AccountForecastView> {
    const account = await this.accounts.of(identity, iban, 'ACCOUNT_FORECAST_ACCESS');
    if (account.currency !== NATIONAL_CURRENCY) {
      throw new FeatureError(Code.NOT_TENGE, 'Payment orders leave tenge accounts only.', { field: 'iban' });
    }
    const [availableTiyn, { payments, drafts }] = await Promise.all([
      this.available(account.iban),
      this.paymentsFrom(identity.organizationId, account.iban),
    ]);
    const today = almatyDate(new Date().toISOString());
    const days = forecastDays(availableTiyn, payments, today);
    const shortFrom = days.find((day) => day.closingTiyn < 0)?.date;
    return {
      iban: account.iban,
      currency: account.currency,
      today,
      availableTiyn,
      available: formatTiyn(availableTiyn),
      days: days.map((day) => ({
        date: day.date,
        payments: day.payments.map((payment) => ({ ...payment, amount: formatTiyn(payment.amountTiyn) })),
        outgoingTiyn: day.outgoingTiyn,
        outgoing: formatTiyn(day.outgoingTiyn),
        closingTiyn: day.closingTiyn,
        closing: formatTiyn(day.closingTiyn),
      })),
      ...(shortFrom && { shortFrom }),
      drafts,
    };
  }

  private async available(iban: string): Promise<number> {
    const balance = await this.bank
      .getBalances([iban])
      .then((balances) => balances.find((found) => found.iban === iban))
      .catch((error: unknown) => {
        this.logger.warn({ err: error }, 'balance unavailable for the forecast');
        return undefined;
      });
    if (!balance) {
      throw new FeatureError(
        Code.BALANCE_UNAVAILABLE,
        "The bank's core cannot give this account's balance right now. Please try again later.",
      );
    }
    return balance.availableTiyn;
  }

  private async paymentsFrom(
    organizationId: string,
    iban: string,
  ): Promise<{ payments: PlannedPayment[]; drafts: number }> {
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query<
        {
          id: string;
          number: string;
          beneficiary_name: string;
          amount_tiyn: string;
          value_date: string;
          status: PlannedPayment['status'];
        }[]
      >(
        `SELECT id, number, beneficiary_name, amount_tiyn, to_char(value_date, 'YYYY-MM-DD') AS value_date, status
           FROM document
          WHERE organization_id = $1 AND payer_iban = $2 AND status = ANY($3)
          ORDER BY value_date, created_at
          LIMIT ${MAX_PAYMENTS}`,
        [organizationId, iban, PLANNED_STATUSES],
      ),
      this.dataSource.query<{ drafts: number }[]>(
        `SELECT count(*)::int AS drafts FROM document
          WHERE organization_id = $1 AND payer_iban = $2 AND status = 'DRAFT'`,
        [organizationId, iban],
      ),
    ]);
    return {
      payments: rows.map((row) => ({
        id: row.id,
        number: row.number,
        beneficiaryName: row.beneficiary_name,
        amountTiyn: tiynFromDatabase(row.amount_tiyn),
        valueDate: row.value_date,
        status: row.status,
      })),
      drafts: counted?.drafts ?? 0,
    };
  }
}
