import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NATIONAL_CURRENCY, almatyDate, formatTiyn } from '@qoltanba/workflows/domain';
import type { DataSource } from 'typeorm';
import type { ClientIdentity } from '../access/identity.js';
import { BankGateway } from '../bank-gateway/bank-gateway.js';
import { tiynFromDatabase } from '../common/database/tiyn-column.js';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import { OwnAccounts } from '../organizations/own-accounts.service.js';
import {
  LISTED_PER_DAY,
  PLANNED_APPLICATION_KINDS,
  PLANNED_PAYMENT_STATUSES,
  PLANNED_STATUSES,
  forecastDays,
  type PlannedApplicationKind,
  type PlannedDay,
  type PlannedPayment,
  type PlannedStatus,
} from './account-forecast.js';
import { AccountForecastErrorCode as Code } from './account-forecast-error-code.js';
import type { AccountForecastView } from './dto/account-forecast.view.js';

/**
 * What an accountant checks before signing: will the account hold enough for every payment on its
 * way, day by day? The available balance comes from the bank's core, the payments and applications
 * from their read models.
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
    const today = almatyDate(new Date().toISOString());
    const [availableTiyn, planned] = await Promise.all([
      this.available(account.iban),
      this.plannedDays(identity.organizationId, account.iban, today),
    ]);
    const days = forecastDays(availableTiyn, planned.days);
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
        more: day.more,
        outgoingTiyn: day.outgoingTiyn,
        outgoing: formatTiyn(day.outgoingTiyn),
        closingTiyn: day.closingTiyn,
        closing: formatTiyn(day.closingTiyn),
      })),
      ...(shortFrom && { shortFrom }),
      drafts: planned.drafts,
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

  /**
   * Each day's payments and applications on their way out of the account: all of them summed, the
   * first LISTED_PER_DAY listed. A date already past counts today, where such a payment can still
   * leave; within a day those closest to leaving come first.
   */
  private async plannedDays(
    organizationId: string,
    iban: string,
    today: string,
  ): Promise<{ days: PlannedDay[]; drafts: number }> {
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query<PlannedRow[]>(
        `WITH planned AS (
           SELECT id, NULL AS application, number, beneficiary_name, amount_tiyn AS amount_tiyn, status, value_date
             FROM document
            WHERE organization_id = $1 AND payer_iban = $2 AND status = ANY($4)
           UNION ALL
           SELECT id, kind, number, NULL, amount_minor, status,
                  coalesce(state->'content'->>'date', state->'content'->>'valueDate')::date
             FROM application
            WHERE organization_id = $1 AND account_iban = $2 AND currency = $7 AND status = ANY($5)
              AND kind = ANY($6)
         )
         SELECT id, application, number, beneficiary_name, amount_tiyn, status,
                to_char(value_date, 'YYYY-MM-DD') AS value_date, to_char(day, 'YYYY-MM-DD') AS day,
                day_count, day_total
           FROM (SELECT p.*, greatest(p.value_date, $3::date) AS day,
                        count(*) OVER by_day AS day_count, sum(p.amount_tiyn) OVER by_day AS day_total,
                        row_number() OVER (by_day ORDER BY array_position($5::text[], p.status), p.number, p.id)
                          AS place
                   FROM planned p
                 WINDOW by_day AS (PARTITION BY greatest(p.value_date, $3::date))) listed
          WHERE place <= ${LISTED_PER_DAY}
          ORDER BY day, place`,
        [
          organizationId,
          iban,
          today,
          PLANNED_PAYMENT_STATUSES,
          PLANNED_STATUSES,
          PLANNED_APPLICATION_KINDS,
          NATIONAL_CURRENCY,
        ],
      ),
      this.dataSource.query<{ drafts: string }[]>(
        `SELECT (SELECT count(*) FROM document
                  WHERE organization_id = $1 AND payer_iban = $2 AND status = 'DRAFT')
              + (SELECT count(*) FROM application
                  WHERE organization_id = $1 AND account_iban = $2 AND currency = $4 AND kind = ANY($3)
                    AND status = 'DRAFT') AS drafts`,
        [organizationId, iban, PLANNED_APPLICATION_KINDS, NATIONAL_CURRENCY],
      ),
    ]);
    const days = new Map<string, PlannedDay & { listed: PlannedPayment[] }>();
    for (const row of rows) {
      const day = days.get(row.day) ?? {
        date: row.day,
        totalTiyn: tiynFromDatabase(row.day_total),
        count: Number(row.day_count),
        listed: [],
      };
      day.listed.push({
        id: row.id,
        ...(row.application ? { application: row.application } : { beneficiaryName: row.beneficiary_name! }),
        number: row.number,
        amountTiyn: tiynFromDatabase(row.amount_tiyn),
        valueDate: row.value_date,
        status: row.status,
      });
      days.set(row.day, day);
    }
    return { days: [...days.values()], drafts: Number(counted?.drafts ?? 0) };
  }
}

/** A listed payment with its day's count and total, as the query answers it. */
interface PlannedRow {
  id: string;
  application: PlannedApplicationKind | null;
  number: string;
  beneficiary_name: string | null;
  amount_tiyn: string;
  status: PlannedStatus;
  value_date: string;
  day: string;
  day_count: string;
  day_total: string;
}
