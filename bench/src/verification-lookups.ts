import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { UserCertificate } from '@qoltanba/backend/certificates/user-certificate.entity';
import { dataSourceOptions } from '@qoltanba/backend/database/data-source-options';
import { ClientUser } from '@qoltanba/backend/organizations/client-user.entity';
import { Organization } from '@qoltanba/backend/organizations/organization.entity';
import { findFreePort } from '@qoltanba/local/ports';
import { spawnEmbeddedPostgres } from '@qoltanba/local/services/spawn-embedded-postgres';
import { DataSource } from 'typeorm';

/**
 * The database half of a verification, alone: the three reads the service makes per CMS (the
 * registry entry by certificate fingerprint, the user, the organization), through TypeORM against a
 * real PostgreSQL on this machine, `concurrency` requests at a time.
 */
export async function lookupRates(options: {
  workDir: string;
  phaseSeconds: number;
  rounds: number;
  concurrency: number;
}): Promise<number[]> {
  const postgres = await spawnEmbeddedPostgres({
    dir: join(options.workDir, 'postgres'),
    port: await findFreePort(),
    persistent: false,
    databases: ['bench'],
    logFile: join(options.workDir, 'postgres.log'),
  });
  const dataSource = new DataSource(
    dataSourceOptions({ database: { url: postgres.urlFor('bench'), poolSize: options.concurrency } }),
  );
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const { fingerprint, userId } = await seed(dataSource);
    const registry = dataSource.getRepository(UserCertificate);
    const users = dataSource.getRepository(ClientUser);
    const organizations = dataSource.getRepository(Organization);
    const lookup = async () => {
      const registration = await registry.findOneBy({ fingerprint });
      const user = await users.findOneBy({ id: userId });
      await organizations.findOneBy({ id: user!.organizationId });
      if (registration?.userId !== userId) throw new Error('registry lookup failed');
    };
    for (let warm = 0; warm < 200; warm++) await lookup();
    const rates: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const started = process.hrtime.bigint();
      const deadline = started + BigInt(options.phaseSeconds * 1e9);
      let done = 0;
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          while (process.hrtime.bigint() < deadline) {
            await lookup();
            done++;
          }
        }),
      );
      rates.push(done / (Number(process.hrtime.bigint() - started) / 1e9));
    }
    return rates;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await postgres.stop();
  }
}

async function seed(dataSource: DataSource): Promise<{ fingerprint: string; userId: string }> {
  const organizationId = randomUUID();
  const userId = randomUUID();
  const fingerprint = 'ab'.repeat(32);
  await dataSource.query(
    `INSERT INTO organization (id, name, legal_form, bin_iin, kod) VALUES ($1, 'Bench', 'LEGAL_ENTITY', '940140000385', '17')`,
    [organizationId],
  );
  await dataSource.query(
    `INSERT INTO client_user (id, organization_id, full_name, iin, signature_right, channels, status)
     VALUES ($1, $2, 'BENCHMARK', '871008401427', 'SINGLE', '{STANDARD}', 'ACTIVE')`,
    [userId, organizationId],
  );
  await dataSource.query(
    `INSERT INTO user_certificate (id, user_id, organization_id, purpose, source, serial_number, subject, issuer,
       fingerprint_sha256, public_key_sha256, not_before, not_after, status, certificate_der)
     VALUES ($1, $2, $3, 'SIGNING', 'INTERNAL_CA', '0b', 'CN=BENCHMARK', 'CN=Bench CA', $4, $4,
       now() - interval '1 day', now() + interval '1 day', 'ACTIVE', '\\x00')`,
    [randomUUID(), userId, organizationId, fingerprint],
  );
  return { fingerprint, userId };
}
