import type { DataSource } from 'typeorm';
import type { AccountStatement, PeriodStatement, StatementEntry } from '../bank-gateway.js';
import { tiynFromDatabase } from '../../common/database/tiyn-column.js';
import { queryRows } from './sql.js';

interface EntryRow {
  id: string;
  booked_at: Date;
  amount_tiyn: string;
  balance_after_tiyn: string;
  counterparty_name: string | null;
  counterparty_iban: string | null;
  counterparty_bin_iin: string | null;
  counterparty_bic: string | null;
  counterparty_kbe: string | null;
  knp: string | null;
  document_number: string | null;
  document_date: string | null;
  description: string;
  document_id: string | null;
  kind: string;
}

const ENTRY_COLUMNS = `id, booked_at, amount_tiyn, balance_after_tiyn, counterparty_name, counterparty_iban,
  counterparty_bin_iin, counterparty_bic, counterparty_kbe, knp, document_number,
  to_char(document_date, 'YYYY-MM-DD') AS document_date, description, document_id, kind`;

/** The first instant of an Almaty day, as PostgreSQL computes it (the bank's days are Almaty's). */
const ALMATY_DAY_START = (parameter: string) => `(${parameter}::date)::timestamp AT TIME ZONE 'Asia/Almaty'`;

/**
 * Statements read from the simulator's ledger. Entry ids follow posting order on an account (each
 * posting holds the account's lock), while booked_at is the posting transaction's start: the ids
 * keep balanceAfter a running balance, the days pick the period.
 */
export class SimStatements {
  constructor(private readonly dataSource: DataSource) {}

  async latest(iban: string, limit: number): Promise<AccountStatement | undefined> {
    const account = await this.account(iban);
    if (!account) return undefined;
    const rows = await queryRows<EntryRow>(
      this.dataSource,
      `SELECT ${ENTRY_COLUMNS} FROM sim_ledger_entry WHERE iban = $1 ORDER BY id DESC LIMIT $2`,
      [iban, limit],
    );
    return { iban, currency: account.currency, entries: rows.map(toEntry) };
  }

  async period(
    iban: string,
    { from, to }: { from: string; to: string },
    maxEntries: number,
  ): Promise<PeriodStatement | undefined> {
    const account = await this.account(iban);
    if (!account) return undefined;
    const [opening] = await queryRows<{ balance_after_tiyn: string }>(
      this.dataSource,
      `SELECT balance_after_tiyn FROM sim_ledger_entry
        WHERE iban = $1 AND booked_at < ${ALMATY_DAY_START('$2')} ORDER BY id DESC LIMIT 1`,
      [iban, from],
    );
    const [closing] = await queryRows<{ balance_after_tiyn: string }>(
      this.dataSource,
      `SELECT balance_after_tiyn FROM sim_ledger_entry
        WHERE iban = $1 AND booked_at < ${ALMATY_DAY_START('$2')} + interval '1 day' ORDER BY id DESC LIMIT 1`,
      [iban, to],
    );
    const inPeriod = `iban = $1 AND booked_at >= ${ALMATY_DAY_START('$2')}
      AND booked_at < ${ALMATY_DAY_START('$3')} + interval '1 day'`;
    const rows = await queryRows<EntryRow>(
      this.dataSource,
      `SELECT ${ENTRY_COLUMNS} FROM sim_ledger_entry WHERE ${inPeriod} ORDER BY id LIMIT $4`,
      [iban, from, to, maxEntries + 1],
    );
    const [turnover] = await queryRows<{ debit: string; credit: string }>(
      this.dataSource,
      `SELECT COALESCE(sum(-amount_tiyn) FILTER (WHERE amount_tiyn < 0), 0) AS debit,
              COALESCE(sum(amount_tiyn) FILTER (WHERE amount_tiyn > 0), 0) AS credit
         FROM sim_ledger_entry WHERE ${inPeriod}`,
      [iban, from, to],
    );
    const openingBalanceTiyn = opening ? tiynFromDatabase(opening.balance_after_tiyn) : 0;
    return {
      iban,
      currency: account.currency,
      holder: { name: account.holder_name, binIin: account.holder_bin_iin },
      from,
      to,
      openingBalanceTiyn,
      closingBalanceTiyn: closing ? tiynFromDatabase(closing.balance_after_tiyn) : openingBalanceTiyn,
      debitTurnoverTiyn: tiynFromDatabase(turnover!.debit),
      creditTurnoverTiyn: tiynFromDatabase(turnover!.credit),
      entries: rows.slice(0, maxEntries).map(toEntry),
      truncated: rows.length > maxEntries,
    };
  }

  private async account(
    iban: string,
  ): Promise<{ currency: string; holder_name: string; holder_bin_iin: string } | undefined> {
    const [account] = await queryRows<{ currency: string; holder_name: string; holder_bin_iin: string }>(
      this.dataSource,
      'SELECT currency, holder_name, holder_bin_iin FROM sim_account WHERE iban = $1',
      [iban],
    );
    return account;
  }
}

function toEntry(row: EntryRow): StatementEntry {
  const optional = (value: string | null) => value ?? undefined;
  const entry: StatementEntry = {
    id: String(row.id),
    ...(row.kind === 'OPENING' && { opening: true as const }),
    bookedAt: row.booked_at.toISOString(),
    amountTiyn: tiynFromDatabase(row.amount_tiyn),
    balanceAfterTiyn: tiynFromDatabase(row.balance_after_tiyn),
    counterpartyName: optional(row.counterparty_name),
    counterpartyIban: optional(row.counterparty_iban),
    counterpartyBinIin: optional(row.counterparty_bin_iin),
    counterpartyBic: optional(row.counterparty_bic),
    counterpartyKbe: optional(row.counterparty_kbe),
    knp: optional(row.knp),
    documentNumber: optional(row.document_number),
    documentDate: optional(row.document_date),
    purpose: row.description,
    documentId: optional(row.document_id),
  };
  // Absent, not undefined: the API answers only what the bank knows.
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== undefined),
  ) as StatementEntry;
}
