import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { BankReceipt } from '../../src/bank-gateway/bank-gateway.js';
import { type BankTestApp, openAccount, paymentOrder, startBankTestApp } from '../support/bank-simulator.js';

const ACCOUNTS = 4;

const transfer = fc.record({
  from: fc.nat(ACCOUNTS - 1),
  to: fc.nat(ACCOUNTS - 1),
  amountTiyn: fc.integer({ min: 1, max: 15_000 }),
});

describe('bank simulator money invariants', () => {
  // The app, its bank gateway (the simulator) and its database, for the whole file.
  let app: BankTestApp;
  beforeAll(async () => {
    app = await startBankTestApp();
  });
  afterAll(() => app.testApp.close());

  const balances = async (ibans: string[]) => (await app.bank.getBalances(ibans)).map((b) => b.balanceTiyn);
  const ledgerSums = async (ibans: string[]) => {
    const rows = await app.db.query<{ iban: string; total: string }[]>(
      `SELECT iban, sum(amount_tiyn) AS total FROM sim_ledger_entry WHERE iban = ANY($1) GROUP BY iban`,
      [ibans],
    );
    return ibans.map((iban) => Number(rows.find((row) => row.iban === iban)?.total ?? 0));
  };

  it('conserves the sum of balances over any sequence of intra-bank payments, never going negative', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: ACCOUNTS, maxLength: ACCOUNTS }),
        fc.array(transfer, { maxLength: 25 }),
        async (openings, transfers) => {
          const accounts = await Promise.all(openings.map((opening) => openAccount(app.testApp, opening)));
          const ibans = accounts.map((account) => account.iban);
          // The model: a payment executes exactly when it goes elsewhere and the payer can cover it.
          const expected = [...openings];
          for (const { from, to, amountTiyn } of transfers) {
            const receipt = await app.bank.submitPayment(
              paymentOrder(accounts[from]!, accounts[to]!, amountTiyn),
            );
            const executes = from !== to && expected[from]! >= amountTiyn;
            expect(receipt.status).toBe(executes ? 'EXECUTED' : 'REJECTED');
            if (executes) {
              expected[from]! -= amountTiyn;
              expected[to]! += amountTiyn;
            }
            const now = await balances(ibans);
            expect(now.every((balance) => balance >= 0)).toBe(true);
          }
          const final = await balances(ibans);
          expect(final).toEqual(expected);
          expect(final.reduce((a, b) => a + b, 0)).toBe(openings.reduce((a, b) => a + b, 0));
          expect(await ledgerSums(ibans)).toEqual(final);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('conserves the sum and keeps each statement adding up when the same payments all arrive at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: ACCOUNTS, maxLength: ACCOUNTS }),
        fc.array(transfer, { minLength: 1, maxLength: 25 }),
        async (openings, transfers) => {
          const accounts = await Promise.all(openings.map((opening) => openAccount(app.testApp, opening)));
          const ibans = accounts.map((account) => account.iban);
          const orders = transfers.map(({ from, to, amountTiyn }) =>
            paymentOrder(accounts[from]!, accounts[to]!, amountTiyn),
          );

          const receipts: BankReceipt[] = await Promise.all(
            orders.map((order) => app.bank.submitPayment(order)),
          );

          const final = await balances(ibans);
          expect(final.every((balance) => balance >= 0)).toBe(true);
          expect(final.reduce((a, b) => a + b, 0)).toBe(openings.reduce((a, b) => a + b, 0));
          expect(await ledgerSums(ibans)).toEqual(final);
          // Each account's balance is its opening plus exactly the executed payments' movements.
          const moved = openings.map((opening, index) =>
            orders.reduce((sum, order, i) => {
              if (receipts[i]!.status !== 'EXECUTED') return sum;
              if (order.payerIban === ibans[index]) return sum - order.amountTiyn;
              if (order.beneficiary.iban === ibans[index]) return sum + order.amountTiyn;
              return sum;
            }, opening),
          );
          expect(final).toEqual(moved);
        },
      ),
      { numRuns: 30 },
    );
  });
});
