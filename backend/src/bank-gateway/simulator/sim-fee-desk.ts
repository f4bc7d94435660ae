import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { BankFeeOrder, BankFeeReceipt } from '../bank-gateway.js';
import { lockAccounts, post } from './ledger.js';
import { queryRows } from './sql.js';

/**
 * The simulated bank's fees: a fee is booked once per key — the client's account debited and an
 * entry on its statement naming the bank — or refused with nothing taken (no such account, blocked,
 * not enough money), so it can be asked for again another day.
 */
@Injectable()
export class SimFeeDesk {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  charge(order: BankFeeOrder, bank: { name: string; bic: string }): Promise<BankFeeReceipt> {
    return this.dataSource.transaction(async (manager) => {
      // A twin asking at the same time waits here for our commit, then finds the booked fee.
      const inserted = await queryRows<{ reference: string }>(
        manager,
        `INSERT INTO sim_fee (key, iban, amount_tiyn, reference)
         VALUES ($1, $2, $3, 'FEE' || to_char(now() AT TIME ZONE 'Asia/Almaty', 'YYMMDD')
                             || lpad(nextval('sim_payment_reference_seq')::text, 8, '0'))
         ON CONFLICT (key) DO NOTHING
         RETURNING reference`,
        [order.key, order.iban, order.amountTiyn],
      ).catch((error: unknown) => {
        // The account is unknown to the bank (the foreign key): nothing to take it from.
        if ((error as { code?: string }).code === '23503') return undefined;
        throw error;
      });
      if (!inserted) return refused('UNKNOWN_ACCOUNT');
      if (inserted.length === 0) return this.booked(manager, order.key);
      const account = (await lockAccounts(manager, [order.iban])).get(order.iban)!;
      const reason = account.blocked
        ? 'ACCOUNT_BLOCKED'
        : account.balanceTiyn < order.amountTiyn
          ? 'INSUFFICIENT_FUNDS'
          : undefined;
      if (reason) {
        await manager.query(`DELETE FROM sim_fee WHERE key = $1`, [order.key]);
        return refused(reason);
      }
      await post(manager, {
        iban: order.iban,
        kind: 'DEBIT',
        amountTiyn: -order.amountTiyn,
        feeKey: order.key,
        counterpartyName: bank.name,
        counterparty: { bic: bank.bic },
        description: order.description,
      });
      return { status: 'BOOKED', reference: inserted[0]!.reference, at: new Date().toISOString() };
    });
  }

  private async booked(manager: EntityManager, key: string): Promise<BankFeeReceipt> {
    const [row] = await queryRows<{ reference: string; booked_at: Date }>(
      manager,
      `SELECT reference, booked_at FROM sim_fee WHERE key = $1`,
      [key],
    );
    return { status: 'BOOKED', reference: row!.reference, at: row!.booked_at.toISOString() };
  }
}

function refused(reason: NonNullable<BankFeeReceipt['reason']>): BankFeeReceipt {
  return { status: 'REFUSED', reason, at: new Date().toISOString() };
}
