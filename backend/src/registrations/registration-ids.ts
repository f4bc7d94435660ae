import type { EntityManager } from 'typeorm';
import { registrationUserId } from '../auth/passwords/random-secrets.js';
import { insertDrawn } from '../common/database/drawn-unique.js';

export interface IssuedRegistrationId {
  /** The registration user ID for the acceptance act. */
  login: string;
  validityDays: number;
}

/**
 * The user's registration user ID, in the caller's transaction (a change request's). A user keeps
 * the ID they have: issuing again only renews the contract's validity, as the ID is on the
 * acceptance act the client signed.
 */
export function issueRegistrationId(
  tx: EntityManager,
  userId: string,
  validityDays: number,
  issuedBy: string,
): Promise<IssuedRegistrationId> {
  return insertDrawn(tx, registrationUserId, async (candidate) => {
    const [row] = await tx.query<{ login: string }[]>(
      `INSERT INTO registration_credential (user_id, login, validity_days, issued_by)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET validity_days = EXCLUDED.validity_days,
         issued_by = EXCLUDED.issued_by, issued_at = now()
       RETURNING login`,
      [userId, candidate, validityDays, issuedBy],
    );
    return { login: row!.login, validityDays };
  });
}

/** The user's registration user ID and the contract's validity, if one was issued. */
export async function findRegistrationId(
  db: Pick<EntityManager, 'query'>,
  userId: string,
): Promise<IssuedRegistrationId | undefined> {
  const [row] = await db.query<{ login: string; validity_days: number }[]>(
    `SELECT login, validity_days FROM registration_credential WHERE user_id = $1`,
    [userId],
  );
  return row ? { login: row.login, validityDays: row.validity_days } : undefined;
}
