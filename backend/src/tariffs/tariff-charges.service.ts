import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FeeChargeOutcome } from '@qoltanba/workflows/activities';
import { feePlanOf, MONTHLY_FEE_TIYN } from '@qoltanba/workflows/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BankGateway } from '../bank-gateway/bank-gateway.js';
import { STANDARD_CONNECTED_SQL } from '../organizations/standard-connected.js';

/** The bank's key for one organization's fee for one month: the bank books it once. */
export const monthlyFeeKey = (organizationId: string, month: string) =>
  `monthly-fee-${organizationId}-${month}`;

interface ChargeRow {
  status: 'CHARGED' | 'FAILED' | 'SKIPPED';
  amount_tiyn: string;
  reason: string | null;
}

/**
 * Charges each organization's monthly fee (domain §9): 0 KZT with the Standard channel — recorded
 * as charged without asking the bank, there being nothing to take — and 200 KZT without it, taken
 * by the bank from the organization's first open tenge account. One row per organization and month
 * holds the outcome; a charged month is never charged again, a failed one is tried again later.
 */
@Injectable()
export class TariffChargesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bank: BankGateway,
  ) {}

  /** Organizations whose fee for the month is not charged yet, by id. */
  async listDue(month: string, after: string | null, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT o.id FROM organization o
       WHERE ($2::uuid IS NULL OR o.id > $2::uuid)
         AND NOT EXISTS (SELECT 1 FROM monthly_fee_charge c
                         WHERE c.organization_id = o.id AND c.month = $1 AND c.status = 'CHARGED')
       ORDER BY o.id LIMIT $3`,
      [month, after, limit],
    );
    return rows.map((row) => row.id);
  }

  charge(organizationId: string, month: string): Promise<FeeChargeOutcome> {
    return this.dataSource.transaction(async (tx) => {
      // The organization's row lock keeps two runs (or a retried activity) from charging at once.
      const [organization] = await tx.query<{ standard_connected: boolean }[]>(
        `SELECT ${STANDARD_CONNECTED_SQL} AS standard_connected FROM organization o WHERE o.id = $1 FOR UPDATE`,
        [organizationId],
      );
      if (!organization) return { status: 'SKIPPED', amountTiyn: 0, reason: 'NO_SUCH_ORGANIZATION' };
      const [earlier] = await tx.query<ChargeRow[]>(
        `SELECT status, amount_tiyn, reason FROM monthly_fee_charge WHERE organization_id = $1 AND month = $2`,
        [organizationId, month],
      );
      if (earlier?.status === 'CHARGED')
        return { status: 'CHARGED', amountTiyn: Number(earlier.amount_tiyn) };

      const plan = feePlanOf(organization.standard_connected);
      const amountTiyn = MONTHLY_FEE_TIYN[plan];
      if (amountTiyn === 0) {
        await this.record(tx, organizationId, month, { plan, amountTiyn, status: 'CHARGED' });
        return { status: 'CHARGED', amountTiyn };
      }
      const [account] = await tx.query<{ iban: string }[]>(
        `SELECT iban FROM account WHERE organization_id = $1 AND currency = 'KZT' AND status = 'OPEN'
         ORDER BY created_at, iban LIMIT 1`,
        [organizationId],
      );
      if (!account) {
        await this.record(tx, organizationId, month, {
          plan,
          amountTiyn,
          status: 'SKIPPED',
          reason: 'NO_KZT_ACCOUNT',
        });
        return { status: 'SKIPPED', amountTiyn, reason: 'NO_KZT_ACCOUNT' };
      }
      const receipt = await this.bank.chargeFee({
        key: monthlyFeeKey(organizationId, month),
        iban: account.iban,
        amountTiyn,
        description: `Ежемесячная плата за интернет-банкинг / Интернет-банкинг үшін ай сайынғы төлем, ${month}`,
      });
      const status = receipt.status === 'BOOKED' ? 'CHARGED' : 'FAILED';
      await this.record(tx, organizationId, month, {
        plan,
        amountTiyn,
        status,
        iban: account.iban,
        reference: receipt.reference,
        reason: receipt.reason,
      });
      return { status, amountTiyn, ...(receipt.reason ? { reason: receipt.reason } : {}) };
    });
  }

  private async record(
    tx: EntityManager,
    organizationId: string,
    month: string,
    charge: {
      plan: string;
      amountTiyn: number;
      status: 'CHARGED' | 'FAILED' | 'SKIPPED';
      iban?: string;
      reference?: string;
      reason?: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO monthly_fee_charge (organization_id, month, plan, amount_tiyn, status, account_iban, bank_reference,
                                       reason, attempts, charged_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, CASE WHEN $5 = 'CHARGED' THEN now() END, now())
       ON CONFLICT (organization_id, month) DO UPDATE SET
         plan = EXCLUDED.plan, amount_tiyn = EXCLUDED.amount_tiyn, status = EXCLUDED.status,
         account_iban = EXCLUDED.account_iban, bank_reference = EXCLUDED.bank_reference, reason = EXCLUDED.reason,
         attempts = monthly_fee_charge.attempts + 1, charged_at = EXCLUDED.charged_at, updated_at = now()`,
      [
        organizationId,
        month,
        charge.plan,
        charge.amountTiyn,
        charge.status,
        charge.iban ?? null,
        charge.reference ?? null,
        charge.reason ?? null,
      ],
    );
  }
}
