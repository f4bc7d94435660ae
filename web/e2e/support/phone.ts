export { temporaryPasswordIn } from '@qoltanba/testing/sms';
import { SecretBox } from '@qoltanba/backend/common/crypto/secret-box';
import { DEVELOPMENT_SECRETS_KEY } from '@qoltanba/backend/config/config.schema';
import { E2E_ENV } from '@qoltanba/testing/e2e-platform';
import pg from 'pg';

/**
 * A client's phone: the SMS the platform sent to a number, read from the SMS gateway's outbox (the
 * platform's only gateway, sealed under the development key the journeys' platform runs with).
 */
export async function latestSmsTo(phone: string): Promise<string> {
  const db = new pg.Client({ connectionString: process.env[E2E_ENV.databaseUrl] });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; text_sealed: string }>(
      `SELECT id, text_sealed FROM sms_outbox WHERE phone = $1 ORDER BY created_at DESC LIMIT 1`,
      [phone],
    );
    if (!rows[0]) throw new Error(`no SMS to ${phone}`);
    const box = new SecretBox(Buffer.from(DEVELOPMENT_SECRETS_KEY, 'base64'));
    return box.open(rows[0].text_sealed, `sms:${rows[0].id}`).toString('utf8');
  } finally {
    await db.end();
  }
}
