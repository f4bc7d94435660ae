import type { EntityManager } from 'typeorm';
import type { SimLedgerEntryKind } from './entities/sim-ledger-entry.entity.js';
import { tiynFromDatabase } from '../../common/database/tiyn-column.js';
import type { AccountState } from './payment-decision.js';
import { queryRows } from './sql.js';

export interface Posting {
  iban: string;
  kind: SimLedgerEntryKind;
  /** Signed: negative takes money from the account. */
  amountTiyn: number;
  documentId?: string;
  /** An executed application's entry (instead of a payment's document id). */
  applicationId?: string;
  /** A fee the bank took (its key), instead of a document or an application. */
  feeKey?: string;
  counterpartyIban?: string;
  counterpartyName?: string;
  /** The other side's BIN/IIN, bank and KBe, and the payment's KNP, number and date (statements, 1C). */
  counterparty?: { binIin?: string; bic?: string; kbe?: string };
  knp?: string;
  document?: { number: string; date: string };
  description: string;
}

/**
 * Moves money on one account and writes its ledger entry in one statement, so the entry's
 * `balance_after` is exactly the balance it produced. Call inside the transaction that holds the
 * account's row lock; the table's check refuses a balance below zero.
 */
export async function post(manager: EntityManager, posting: Posting): Promise<number> {
  const rows = await queryRows<{ balance_after_tiyn: string }>(
    manager,
    `WITH moved AS (
       UPDATE sim_account SET balance_tiyn = balance_tiyn + $2::bigint WHERE iban = $1 RETURNING balance_tiyn
     )
     INSERT INTO sim_ledger_entry
       (iban, kind, amount_tiyn, balance_after_tiyn, document_id, counterparty_iban, counterparty_name, description,
        application_id, fee_key, counterparty_bin_iin, counterparty_bic, counterparty_kbe, knp,
        document_number, document_date)
     SELECT $1, $3, $2::bigint, moved.balance_tiyn, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::date
       FROM moved
     RETURNING balance_after_tiyn`,
    [
      posting.iban,
      posting.amountTiyn,
      posting.kind,
      posting.documentId ?? null,
      posting.counterpartyIban ?? null,
      posting.counterpartyName ?? null,
      posting.description,
      posting.applicationId ?? null,
      posting.feeKey ?? null,
      posting.counterparty?.binIin ?? null,
      posting.counterparty?.bic ?? null,
      posting.counterparty?.kbe ?? null,
      posting.knp ?? null,
      posting.document?.number ?? null,
      posting.document?.date ?? null,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error(`account ${posting.iban} vanished while locked`);
  return tiynFromDatabase(row.balance_after_tiyn);
}

interface AccountRow {
  iban: string;
  currency: string;
  holder_name: string;
  holder_bin_iin: string;
  balance_tiyn: string;
  blocked: boolean;
}

/**
 * Locks the accounts (those that exist) until the transaction ends. Always in IBAN order, so two
 * payments between the same accounts in opposite directions wait for each other instead of deadlocking.
 */
export async function lockAccounts(
  manager: EntityManager,
  ibans: readonly string[],
): Promise<Map<string, AccountState>> {
  const rows = await queryRows<AccountRow>(
    manager,
    `SELECT iban, currency, holder_name, holder_bin_iin, balance_tiyn, blocked FROM sim_account
     WHERE iban = ANY($1::text[]) ORDER BY iban FOR UPDATE`,
    [[...new Set(ibans)]],
  );
  return new Map(
    rows.map((row) => [
      row.iban,
      {
        iban: row.iban,
        currency: row.currency,
        holderName: row.holder_name,
        holderBinIin: row.holder_bin_iin,
        balanceTiyn: tiynFromDatabase(row.balance_tiyn),
        blocked: row.blocked,
      },
    ]),
  );
}
