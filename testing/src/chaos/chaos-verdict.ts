import pg from 'pg';

/** What the read model and the bank say of the documents a fault run created. */
export interface ChaosVerdict {
  created: number;
  /** Read-model status → how many of the run's documents have it. */
  byStatus: Record<string, number>;
  /** Documents of the run the read model does not have, or has in a status that is not final. */
  lost: string[];
  notFinal: string[];
  /** Documents the bank booked (debited) other than exactly once. */
  neverBooked: string[];
  bookedTwice: string[];
  /** Documents of the payer's account the run did not create: a create done twice. */
  duplicates: number;
  ok: boolean;
}

const FINAL = ['EXECUTED', 'REJECTED_BY_BANK', 'REJECTED', 'CANCELLED', 'EXPIRED'];

/**
 * Every document in a final status, each executed by the bank exactly once (one debit of the
 * payer's account), none lost, none duplicated — read straight from the database, not the API.
 */
export async function checkEveryDocument(
  databaseUrl: string,
  payerIban: string,
  ids: string[],
): Promise<ChaosVerdict> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const documents = await client.query<{ id: string; status: string }>(
      'SELECT id::text, status FROM document WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const status = new Map(documents.rows.map((row) => [row.id, row.status]));
    const bookings = await client.query<{ document_id: string; debits: string }>(
      `SELECT document_id, count(*) AS debits FROM sim_ledger_entry
       WHERE kind = 'DEBIT' AND iban = $1 AND document_id = ANY($2) GROUP BY document_id`,
      [payerIban, ids],
    );
    const debits = new Map(bookings.rows.map((row) => [row.document_id, Number(row.debits)]));
    const all = await client.query<{ count: string }>('SELECT count(*) FROM document WHERE payer_iban = $1', [
      payerIban,
    ]);
    const executed = ids.filter((id) => status.get(id) === 'EXECUTED');
    const verdict = {
      created: ids.length,
      byStatus: Object.fromEntries(
        [...new Set(status.values())].map((name) => [
          name,
          [...status.values()].filter((s) => s === name).length,
        ]),
      ),
      lost: ids.filter((id) => !status.has(id)),
      notFinal: ids.filter((id) => status.has(id) && !FINAL.includes(status.get(id)!)),
      neverBooked: executed.filter((id) => !debits.has(id)),
      bookedTwice: ids.filter((id) => (debits.get(id) ?? 0) > 1),
      duplicates: Number(all.rows[0]!.count) - ids.length,
    };
    const ok =
      verdict.lost.length === 0 &&
      verdict.notFinal.length === 0 &&
      verdict.neverBooked.length === 0 &&
      verdict.bookedTwice.length === 0 &&
      verdict.duplicates === 0;
    return { ...verdict, ok };
  } finally {
    await client.end();
  }
}
