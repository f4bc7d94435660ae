import { randomBytes, randomUUID } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { PasswordHasher } from '@qoltanba/backend/common/crypto/password-hasher';
import { BankGatewayModule } from '@qoltanba/backend/bank-gateway/bank-gateway.module';
import { SecretBox } from '@qoltanba/backend/common/crypto/secret-box';
import { CryptoModule } from '@qoltanba/backend/common/crypto/crypto.module';
import { ConfigModule } from '@qoltanba/backend/config/config.module';
import { loadConfig } from '@qoltanba/backend/config/load-config';
import { DatabaseModule } from '@qoltanba/backend/database/database.module';
import { createLogger } from '@qoltanba/backend/logging/create-logger';
import { LoggingModule } from '@qoltanba/backend/logging/logging.module';
import { OtpChallengesService } from '@qoltanba/backend/otp/otp-challenges.service';
import { OtpCodeVerifier } from '@qoltanba/backend/otp/otp-code-verifier';
import { newDeviceSecret, tokenCodeAt } from '@qoltanba/backend/otp/otp-codes';
import { deviceSecretContext } from '@qoltanba/backend/otp/otp-devices.service';
import { OtpModule } from '@qoltanba/backend/otp/otp.module';
import { findFreePort } from '@qoltanba/local/ports';
import { spawnEmbeddedPostgres } from '@qoltanba/local/services/spawn-embedded-postgres';
import { makeRunFolder } from '@qoltanba/local/services/run-folder';
import type { RunningPostgres } from '@qoltanba/local/services/embedded-postgres';
import pg from 'pg';
import { type ApiProcess, startApiProcess } from './api-process.js';
import { Latencies, runPool, timed } from '../latency.js';

/**
 * `npm run bench:otp`: (1) OTP verification throughput, each verification with its single-use
 * writes (the attempt counted before the code is checked, the token's time step consumed), both at
 * the device and through a document challenge (challenge answered, document claimed, audit row);
 * (2) log-in latency under 50 concurrent clients against the built API process (Argon2id, session
 * row, audit row). It starts its own PostgreSQL and API and removes them, whatever happens.
 */
const LOGIN_CLIENTS = 50;
const LOGIN_SECONDS = 20;
const OTP_VERIFICATIONS = 2_000;
const OTP_CONCURRENCY = 16;
const PASSWORD = 'bench2026';
const BIN = '940140000385';

async function main(): Promise<void> {
  const folder = await makeRunFolder('bench-otp');
  const workDir = folder.path;
  let postgres: RunningPostgres | undefined;
  let api: ApiProcess | undefined;
  let context: INestApplicationContext | undefined;
  try {
    postgres = await spawnEmbeddedPostgres({
      dir: join(workDir, 'postgres'),
      port: await findFreePort(),
      persistent: false,
      databases: ['bench'],
      logFile: join(workDir, 'postgres.log'),
    });
    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: postgres.urlFor('bench'),
      SECRETS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      // Log-in and OTP checks need no Temporal: point at a port where nothing listens.
      TEMPORAL_ADDRESS: `127.0.0.1:${await findFreePort()}`,
    };
    api = await startApiProcess(env, await findFreePort());
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent', DATABASE_POOL_SIZE: String(OTP_CONCURRENCY) });
    context = await NestFactory.createApplicationContext(
      {
        module: class OtpBenchModule {},
        imports: [
          ConfigModule.forRoot(config),
          LoggingModule.forRoot(createLogger(config, 'bench')),
          DatabaseModule,
          CryptoModule,
          // Organizations (which OTP devices belong to) read account balances from the bank.
          BankGatewayModule.forRoot(config),
          OtpModule,
        ],
      },
      // A wiring error is thrown to main(), which prints it, rather than exiting in silence.
      { logger: false, abortOnError: false },
    );
    const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
    try {
      const organizationId = await seedOrganization(db);
      const logins = await seedLogins(db, organizationId);
      const deviceChecks = await seedTokens(db, context, organizationId, OTP_VERIFICATIONS);
      const approvals = await seedTokens(db, context, organizationId, OTP_VERIFICATIONS);
      const challenges = await seedChallenges(db, context, organizationId, approvals);

      console.log(
        `OTP and log-in benchmark — ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}); ` +
          'PostgreSQL, the API and this client share them',
      );
      await benchDeviceChecks(context, deviceChecks);
      await benchApprovals(context, organizationId, approvals, challenges);
      await benchLogins(api.url, logins);
    } finally {
      await db.end();
    }
  } finally {
    await context?.close();
    await api?.stop();
    await postgres?.stop();
    await folder.remove();
  }
}

interface SeededToken {
  userId: string;
  deviceId: string;
  secret: Buffer;
}

async function seedOrganization(db: pg.Pool): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO organization (id, name, legal_form, bin_iin, kod) VALUES ($1, 'ТОО «Бенчмарк»', 'LEGAL_ENTITY', $2, '17')`,
    [id, BIN],
  );
  return id;
}

async function insertUsers(db: pg.Pool, organizationId: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await db.query(
    `INSERT INTO client_user (id, organization_id, full_name, iin, signature_right, channels, status)
     SELECT unnest($1::uuid[]), $2, 'Bench user', '871008401427', 'SINGLE', ARRAY['STANDARD','LIGHT','MOBILE'], 'ACTIVE'`,
    [ids, organizationId],
  );
  return ids;
}

/** 50 Standard log-ins with set passwords (each its own Argon2id salt). */
async function seedLogins(db: pg.Pool, organizationId: string): Promise<string[]> {
  const users = await insertUsers(db, organizationId, LOGIN_CLIENTS);
  const hasher = new PasswordHasher();
  const logins: string[] = [];
  for (const [index, userId] of users.entries()) {
    const login = `bench.user.${index}`;
    await db.query(
      `INSERT INTO client_credential (user_id, kind, login, password_hash, must_change, password_set_at)
       VALUES ($1, 'STANDARD', $2, $3, false, now())`,
      [userId, login, await hasher.hash(PASSWORD)],
    );
    logins.push(login);
  }
  return logins;
}

/** Users with an OTP token each (a code is accepted once per device and minute, so many devices). */
async function seedTokens(
  db: pg.Pool,
  context: INestApplicationContext,
  organizationId: string,
  count: number,
): Promise<SeededToken[]> {
  const box = context.get(SecretBox);
  const users = await insertUsers(db, organizationId, count);
  const tokens = users.map((userId) => ({ userId, deviceId: randomUUID(), secret: newDeviceSecret() }));
  await db.query(
    `INSERT INTO otp_device (id, kind, serial, secret_sealed, user_id, status)
     SELECT unnest($1::uuid[]), 'TOKEN', unnest($2::text[]), unnest($3::text[]), unnest($4::uuid[]), 'ACTIVE'`,
    [
      tokens.map((token) => token.deviceId),
      tokens.map((token) => `QB${token.deviceId.slice(0, 8)}`),
      tokens.map((token) => box.seal(token.secret, deviceSecretContext(token.deviceId))),
      tokens.map((token) => token.userId),
    ],
  );
  return tokens;
}

/** One document per user and a challenge for it, made by the service as the API makes them. */
async function seedChallenges(
  db: pg.Pool,
  context: INestApplicationContext,
  organizationId: string,
  tokens: SeededToken[],
): Promise<{ challengeId: string; documentId: string; contentHash: string }[]> {
  const challenges = context.get(OtpChallengesService);
  const seeded = [];
  for (const token of tokens) {
    const documentId = randomUUID();
    const contentHash = randomBytes(32).toString('hex');
    await db.query(
      `INSERT INTO document (id, organization_id, type, status, number, payer_iban, amount_tiyn, value_date,
         beneficiary_name, author_id, last_seq, state, created_at, updated_at)
       VALUES ($1, $2, 'TENGE_PAYMENT', 'AWAITING_SIGNATURES', '1', 'KZ86998KZT5004100100', 125050, current_date,
         'ТОО «Алатау Сауда»', $3, 1, '{}', now(), now())`,
      [documentId, organizationId, token.userId],
    );
    const view = await challenges.create(identityOf(token, organizationId), [
      {
        documentId,
        revision: 1,
        contentHash,
        number: '1',
        amountTiyn: 125_050,
        payee: { name: 'ТОО «Алатау Сауда»', iban: 'KZ476010131000179714', binIin: BIN },
      },
    ]);
    seeded.push({ challengeId: view.challengeId, documentId, contentHash });
  }
  return seeded;
}

const identityOf = (token: SeededToken, organizationId: string) => ({
  kind: 'CLIENT' as const,
  userId: token.userId,
  organizationId,
  channel: 'LIGHT' as const,
});

const nowCode = (secret: Buffer) => tokenCodeAt(secret, Math.floor(Date.now() / 1000));

async function benchDeviceChecks(context: INestApplicationContext, tokens: SeededToken[]): Promise<void> {
  const verifier = context.get(OtpCodeVerifier);
  const latencies = new Latencies();
  const seconds = await runPool(tokens.length, OTP_CONCURRENCY, async (index) => {
    const token = tokens[index]!;
    await timed(latencies, () =>
      verifier.verifyDeviceCode(token.deviceId, token.userId, nowCode(token.secret), null, new Date()),
    );
  });
  console.log(
    `OTP token check (attempt counted + step consumed)     ${(tokens.length / seconds).toFixed(0).padStart(6)} verifications/s  ` +
      `[${tokens.length} codes, ${OTP_CONCURRENCY} in flight; ${latencies.summary()}]`,
  );
}

async function benchApprovals(
  context: INestApplicationContext,
  organizationId: string,
  tokens: SeededToken[],
  challenges: { challengeId: string; documentId: string; contentHash: string }[],
): Promise<void> {
  const service = context.get(OtpChallengesService);
  const latencies = new Latencies();
  const seconds = await runPool(tokens.length, OTP_CONCURRENCY, async (index) => {
    const token = tokens[index]!;
    const challenge = challenges[index]!;
    await timed(latencies, () =>
      service.approveDocument(identityOf(token, organizationId), {
        challengeId: challenge.challengeId,
        code: nowCode(token.secret),
        documentId: challenge.documentId,
        currentContentHash: challenge.contentHash,
        presentedContentHash: challenge.contentHash,
      }),
    );
  });
  console.log(
    `OTP document approval (challenge + device + claim + audit) ${(tokens.length / seconds).toFixed(0).padStart(6)} verifications/s  ` +
      `[${tokens.length} codes, ${OTP_CONCURRENCY} in flight; ${latencies.summary()}]`,
  );
}

async function benchLogins(apiUrl: string, logins: string[]): Promise<void> {
  let busy = 0;
  const logIn = async (login: string) => {
    const response = await fetch(`${apiUrl}/api/auth/login/standard`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: PASSWORD }),
    });
    await response.arrayBuffer();
    // 503: PostgreSQL could not take a connection in time (the server says "try again").
    if (response.status === 503) busy++;
    else if (response.status !== 200) throw new Error(`log-in answered ${response.status}`);
  };
  // Warm-up: JIT, connection pools, Argon2's first allocation.
  await Promise.all(logins.slice(0, 10).map(logIn));
  const latencies = new Latencies();
  const deadline = performance.now() + LOGIN_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    logins.map(async (login) => {
      while (performance.now() < deadline) {
        await timed(latencies, () => logIn(login));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Standard log-in, ${LOGIN_CLIENTS} concurrent clients (HTTP)       ${(latencies.count / seconds).toFixed(0).padStart(6)} log-ins/s        ` +
      `[${latencies.count} in ${seconds.toFixed(0)} s, ${busy} answered 503; ${latencies.summary()}]`,
  );
  console.log(
    'Each log-in: throttle check, credential lookup, Argon2id verify (19 MiB, t=2), session row, audit row, cookies.',
  );
}

main().catch((error: unknown) => {
  console.error(
    `bench:otp failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
