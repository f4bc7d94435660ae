import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from './postgres-errors.js';

/**
 * Inserts a row keyed by a randomly drawn value (a log-in, a user ID), drawing another should the
 * one drawn be taken (one in millions). The savepoint keeps the caller's transaction usable after
 * a collision.
 */
export async function insertDrawn<T>(
  tx: EntityManager,
  draw: () => string,
  insert: (value: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    await tx.query(`SAVEPOINT drawn_value`);
    try {
      const inserted = await insert(draw());
      await tx.query(`RELEASE SAVEPOINT drawn_value`);
      return inserted;
    } catch (error) {
      await tx.query(`ROLLBACK TO SAVEPOINT drawn_value`);
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
