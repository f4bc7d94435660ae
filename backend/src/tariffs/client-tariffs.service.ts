import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FeePlan, feePlanOf, formatTiyn, MONTHLY_FEE_TIYN } from '@qoltanba/workflows/domain';
import { DataSource } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { OrganizationsErrorCode } from '../organizations/organizations-error-code.js';
import type { ClientTariffView, MonthlyFeeChargeView } from './dto/tariff.view.js';
import { STANDARD_CONNECTED_SQL } from '../organizations/standard-connected.js';

interface ChargeRow {
  month: string;
  plan: FeePlan;
  amount_tiyn: string;
  status: MonthlyFeeChargeView['status'];
  reason: string | null;
  attempts: number;
  account_iban: string | null;
  charged_at: Date | null;
}

/** A client's tariff and its monthly charges, for the manager's view of the client. */
@Injectable()
export class ClientTariffsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async tariffOf(organizationId: string): Promise<ClientTariffView> {
    const [organization] = await this.dataSource.query<{ standard_connected: boolean }[]>(
      `SELECT ${STANDARD_CONNECTED_SQL} AS standard_connected FROM organization o WHERE o.id = $1`,
      [organizationId],
    );
    if (!organization)
      throw new FeatureError(OrganizationsErrorCode.ORGANIZATION_NOT_FOUND, 'No such organization.', {
        field: 'id',
      });
    const plan = feePlanOf(organization.standard_connected);
    const charges = await this.dataSource.query<ChargeRow[]>(
      `SELECT month, plan, amount_tiyn, status, reason, attempts, account_iban, charged_at
       FROM monthly_fee_charge WHERE organization_id = $1 ORDER BY month DESC LIMIT 24`,
      [organizationId],
    );
    return {
      plan,
      monthlyFeeTiyn: MONTHLY_FEE_TIYN[plan],
      monthlyFee: formatTiyn(MONTHLY_FEE_TIYN[plan]),
      charges: charges.map((row) => ({
        month: row.month,
        plan: row.plan,
        amountTiyn: Number(row.amount_tiyn),
        amount: formatTiyn(Number(row.amount_tiyn)),
        status: row.status,
        reason: row.reason,
        attempts: row.attempts,
        accountIban: row.account_iban,
        chargedAt: row.charged_at?.toISOString() ?? null,
      })),
    };
  }
}
