/** One feature's `code → HTTP status` table, typed `Record<TheFeatureErrorCode, number>` where written. */
export type StatusTable = Readonly<Record<string, number>>;

/**
 * The HTTP status of every feature's error codes: the union of the features' tables, handed to the
 * exception filter by the app. A code two tables answer differently is a programming error, refused
 * when the app starts.
 */
export class ErrorStatusRegistry {
  private readonly byCode = new Map<string, number>();

  constructor(tables: readonly StatusTable[]) {
    for (const table of tables) {
      for (const [code, status] of Object.entries(table)) {
        const known = this.byCode.get(code);
        if (known !== undefined && known !== status) {
          throw new Error(`Error code ${code} has two HTTP statuses: ${known} and ${status}.`);
        }
        this.byCode.set(code, status);
      }
    }
  }

  /** Every status some code answers with. */
  statuses(): number[] {
    return [...new Set(this.byCode.values())].sort((a, b) => a - b);
  }

  /** The status of the code, or undefined when no table has it (a programming error). */
  statusOf(code: string): number | undefined {
    return this.byCode.get(code);
  }
}
