import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './load-config.js';

const minimal = { DATABASE_URL: 'postgres://user:secret@127.0.0.1:5432/qoltanba' };

describe(loadConfig.name, () => {
  it('applies the documented defaults when only the database is given', () => {
    const config = loadConfig(minimal);
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.temporal).toEqual({
      address: '127.0.0.1:7233',
      namespace: 'default',
      taskQueue: 'qoltanba',
      callTimeoutMs: 20_000,
    });
    expect(config.nodeEnv).toBe('development');
  });

  it('refuses to start without DATABASE_URL and names the variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/DATABASE_URL: .*\(not set\)/);
  });

  it('names every malformed variable with the value it got', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ ...minimal, PORT: 'eighty', TEMPORAL_ADDRESS: 'no-port', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toMatch(/PORT: .*got "eighty"/);
    expect(error?.message).toMatch(/TEMPORAL_ADDRESS: must be host:port \(got "no-port"\)/);
    expect(error?.message).toMatch(/LOG_LEVEL: .*got "loud"/);
  });

  it('refuses a database URL that is not PostgreSQL without echoing its credentials', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@localhost/db' });
    expect(attempt).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL \(value hidden\)/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('treats an empty variable as unset rather than as zero', () => {
    expect(loadConfig({ ...minimal, PORT: '' }).http.port).toBe(3000);
  });

  it('refuses to start in production without its own secrets key, and never echoes a key', () => {
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'production' })).toThrow(
      /SECRETS_ENCRYPTION_KEY: is required in production/,
    );
    const attempt = () => loadConfig({ ...minimal, SECRETS_ENCRYPTION_KEY: 'c2hvcnQ=' });
    expect(attempt).toThrow(/SECRETS_ENCRYPTION_KEY: must be base64 of exactly 32 bytes \(value hidden\)/);
    expect(loadConfig(minimal).secrets.key).toHaveLength(32);
  });

  it('reads the steps that may wait longer before operators call them stuck, naming an entry it cannot read', () => {
    const { ops } = loadConfig({ ...minimal, OPS_STUCK_THRESHOLDS: 'payment:ACCEPTED=2h' });
    expect(ops.stepThresholds).toContainEqual({ type: 'payment', status: 'ACCEPTED', seconds: 7_200 });
    expect(() => loadConfig({ ...minimal, OPS_STUCK_THRESHOLDS: 'payment=2h' })).toThrow(
      /OPS_STUCK_THRESHOLDS: "payment=2h" is not kind:STATUS=<number><s\|m\|h\|d>/,
    );
  });

  it('tells the web app where the signing agent is, and refuses a URL that is not a WebSocket one', () => {
    expect(loadConfig(minimal).web.signerUrl).toBe('ws://127.0.0.1:13580');
    expect(() => loadConfig({ ...minimal, SIGNER_URL: 'http://127.0.0.1:13580' })).toThrow(
      /SIGNER_URL: must be a ws:\/\/ or wss:\/\/ URL/,
    );
  });

  it('never seeds demo data in production', () => {
    expect(loadConfig({ ...minimal, SEED_DEMO_DATA: 'true' }).demo.seed).toBe(true);
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toThrow(
      /SEED_DEMO_DATA: demo data is never seeded in production/,
    );
  });

  it('refuses test mode (identity headers instead of log-ins) on an address other machines can reach', () => {
    expect(loadConfig({ ...minimal, NODE_ENV: 'test' }).http.host).toBe('127.0.0.1');
    expect(loadConfig({ ...minimal, NODE_ENV: 'test', HOST: '::1' }).http.host).toBe('::1');
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'test', HOST: '0.0.0.0' })).toThrow(
      /HOST: must be a loopback address .* when NODE_ENV=test/,
    );
    expect(loadConfig({ ...minimal, HOST: '0.0.0.0' }).http.host).toBe('0.0.0.0');
  });

  it('takes the metrics bearer token and the worker metrics port, refusing a short token without echoing it', () => {
    expect(loadConfig(minimal).metrics).toEqual({
      token: undefined,
      workerPort: undefined,
      workerHost: '127.0.0.1',
    });
    const token = 'k'.repeat(32);
    expect(loadConfig({ ...minimal, METRICS_TOKEN: token, WORKER_METRICS_PORT: '9464' }).metrics).toEqual({
      token,
      workerPort: 9464,
      workerHost: '127.0.0.1',
    });
    const attempt = () => loadConfig({ ...minimal, METRICS_TOKEN: 'short-secret' });
    expect(attempt).toThrow(/METRICS_TOKEN: must be at least 32 characters \(value hidden\)/);
    expect(attempt).not.toThrow(/short-secret/);
    expect(() => loadConfig({ ...minimal, WORKER_METRICS_PORT: '0' })).toThrow(/WORKER_METRICS_PORT/);
  });

  it('binds the worker metrics to another address only outside NODE_ENV=test', () => {
    expect(loadConfig({ ...minimal, WORKER_METRICS_HOST: '0.0.0.0' }).metrics.workerHost).toBe('0.0.0.0');
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'test', WORKER_METRICS_HOST: '0.0.0.0' })).toThrow(
      /WORKER_METRICS_HOST: must be a loopback address .* when NODE_ENV=test/,
    );
    // The SDK binds a socket address: a host name or a bracketed address would stop the worker.
    for (const host of ['localhost', '[::1]', 'metrics.local'])
      expect(() => loadConfig({ ...minimal, WORKER_METRICS_HOST: host })).toThrow(
        /WORKER_METRICS_HOST: must be an IP address/,
      );
  });

  it('rejects a port outside 1..65535', () => {
    expect(() => loadConfig({ ...minimal, PORT: '70000' })).toThrow(/PORT/);
  });

  it('uses the bank core simulator by default, as bank 998 QOLTKZKA with a 3-second interbank delay', () => {
    expect(loadConfig(minimal).bank).toEqual({
      code: '998',
      bic: 'QOLTKZKA',
      name: 'Qoltanba Bank',
      bin: '991140000076',
      gateway: 'simulator',
      simulator: {
        interbankDelayMs: 3_000,
        applicationStepMs: 1_000,
        pollIntervalMs: 200,
        responseDelayMs: 0,
        control: false,
      },
    });
  });

  describe('BANK_SIMULATOR_CONTROL', () => {
    const control = (env: Record<string, string>) =>
      loadConfig({ ...minimal, ...env }).bank.simulator.control;
    const productionKey = Buffer.alloc(32, 7).toString('base64');

    it("switches the simulator's control API on, unset, only for the test suite and the demo", () => {
      expect(control({})).toBe(false);
      expect(control({ NODE_ENV: 'development', BANK_SIMULATOR_CONTROL: '' })).toBe(false);
      expect(control({ NODE_ENV: 'production', SECRETS_ENCRYPTION_KEY: productionKey })).toBe(false);
      expect(control({ NODE_ENV: 'test' })).toBe(true);
      expect(control({ SEED_DEMO_DATA: 'true' })).toBe(true);
    });

    it('lets an explicit on or off win over the default', () => {
      expect(control({ BANK_SIMULATOR_CONTROL: 'on' })).toBe(true);
      expect(control({ NODE_ENV: 'test', BANK_SIMULATOR_CONTROL: 'off' })).toBe(false);
      expect(control({ SEED_DEMO_DATA: 'true', BANK_SIMULATOR_CONTROL: 'off' })).toBe(false);
      expect(
        control({
          NODE_ENV: 'production',
          SECRETS_ENCRYPTION_KEY: productionKey,
          BANK_SIMULATOR_CONTROL: 'off',
        }),
      ).toBe(false);
    });

    it('refuses a value other than on or off, and on in production, naming the variable', () => {
      expect(() => control({ BANK_SIMULATOR_CONTROL: 'yes' })).toThrow(
        /BANK_SIMULATOR_CONTROL: must be on or off \(got "yes"\)/,
      );
      expect(() =>
        control({
          NODE_ENV: 'production',
          SECRETS_ENCRYPTION_KEY: productionKey,
          BANK_SIMULATOR_CONTROL: 'on',
        }),
      ).toThrow(/BANK_SIMULATOR_CONTROL: is never on in production.*\(got "on"\)/);
    });
  });

  it('takes the bank and the simulator’s interbank delay from the environment', () => {
    const { bank } = loadConfig({
      ...minimal,
      BANK_CODE: '125',
      BANK_BIC: 'HSBKKZKX',
      BANK_SIMULATOR_INTERBANK_DELAY_MS: '0',
    });
    expect(bank).toMatchObject({ code: '125', bic: 'HSBKKZKX', simulator: { interbankDelayMs: 0 } });
  });

  it('refuses to start with a bank gateway it does not know and names BANK_GATEWAY', () => {
    expect(() => loadConfig({ ...minimal, BANK_GATEWAY: 'colvir' })).toThrow(
      /BANK_GATEWAY: must be "simulator".*\(got "colvir"\)/,
    );
  });

  it('refuses a malformed bank code, BIC or negative delay', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        ...minimal,
        BANK_CODE: '99',
        BANK_BIC: 'qoltkzka',
        BANK_SIMULATOR_INTERBANK_DELAY_MS: '-1',
      });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error?.problems).toEqual([
      expect.stringMatching(/^BANK_CODE: /),
      expect.stringMatching(/^BANK_BIC: /),
      expect.stringMatching(/^BANK_SIMULATOR_INTERBANK_DELAY_MS: /),
    ]);
  });

  it('ends sessions after 5 idle minutes and 8 hours by default, and takes other limits from the environment', () => {
    const defaults = loadConfig(minimal);
    expect(defaults.auth).toEqual({
      trustProxyHops: 0,
      session: {
        idleTimeoutSeconds: 300,
        staffIdleTimeoutSeconds: 900,
        absoluteTimeoutSeconds: 28_800,
        rotateAfterSeconds: 120,
      },
      throttle: { windowSeconds: 900, maxFailuresPerAccount: 5, maxFailuresPerIp: 50 },
    });
    expect(defaults.otp).toEqual({ challengeTtlSeconds: 120 });
    expect(defaults.sms).toEqual({ gateway: 'outbox' });
    const tuned = loadConfig({
      ...minimal,
      SESSION_IDLE_TIMEOUT_SECONDS: '60',
      LOGIN_MAX_FAILURES_PER_IP: '500',
      OTP_CHALLENGE_TTL_SECONDS: '30',
      TRUST_PROXY_HOPS: '1',
    });
    expect(tuned.auth.session.idleTimeoutSeconds).toBe(60);
    expect(tuned.auth.throttle.maxFailuresPerIp).toBe(500);
    expect(tuned.auth.trustProxyHops).toBe(1);
    expect(tuned.otp.challengeTtlSeconds).toBe(30);
  });

  it('refuses an absolute session cap shorter than the idle timeout, and an OTP challenge outside 10 s..15 min', () => {
    expect(() =>
      loadConfig({
        ...minimal,
        SESSION_IDLE_TIMEOUT_SECONDS: '3600',
        SESSION_ABSOLUTE_TIMEOUT_SECONDS: '600',
      }),
    ).toThrow(/SESSION_ABSOLUTE_TIMEOUT_SECONDS: must not be shorter than SESSION_IDLE_TIMEOUT_SECONDS/);
    expect(() => loadConfig({ ...minimal, OTP_CHALLENGE_TTL_SECONDS: '5' })).toThrow(
      /OTP_CHALLENGE_TTL_SECONDS/,
    );
    expect(() => loadConfig({ ...minimal, OTP_CHALLENGE_TTL_SECONDS: '3600' })).toThrow(
      /OTP_CHALLENGE_TTL_SECONDS/,
    );
    expect(() => loadConfig({ ...minimal, SMS_GATEWAY: 'twilio' })).toThrow(/SMS_GATEWAY: must be "outbox"/);
  });

  it('configures the internal CA and the EDS trust store, with a stronger root key in production', () => {
    expect(loadConfig(minimal).pki).toEqual({
      ca: {
        rootKeyBits: 2048,
        rootValidityYears: 20,
        certificateValidityDays: 365,
        crlValidityHours: 24,
        publicUrl: 'http://127.0.0.1:3000/api/pki',
      },
      eds: { trustedRootsPem: [], intermediatesPem: [], clockSkewSeconds: 300, loginNonceTtlSeconds: 120 },
      registration: { expiryDays: 7, accessMinutes: 30 },
    });
    const production = loadConfig({
      ...minimal,
      NODE_ENV: 'production',
      SECRETS_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      PKI_PUBLIC_URL: 'https://bank.example.kz/api/pki/',
    });
    expect(production.pki.ca).toMatchObject({
      rootKeyBits: 3072,
      publicUrl: 'https://bank.example.kz/api/pki',
    });
    expect(loadConfig({ ...minimal, REGISTRATION_EXPIRY_DAYS: '14' }).pki.registration.expiryDays).toBe(14);
    expect(() => loadConfig({ ...minimal, REGISTRATION_EXPIRY_DAYS: '0' })).toThrow(
      /REGISTRATION_EXPIRY_DAYS/,
    );
  });

  it('reads trusted roots from a PEM file and from PEM text, and names an unreadable or empty source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qoltanba-config-'));
    try {
      const block = (body: string) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
      writeFileSync(join(dir, 'roots.pem'), `national root\n${block('AAAA')}\n${block('BBBB')}\n`);
      const config = loadConfig({
        ...minimal,
        EDS_TRUSTED_ROOTS_FILE: join(dir, 'roots.pem'),
        EDS_TRUSTED_ROOTS_PEM: block('CCCC'),
      });
      expect(config.pki.eds.trustedRootsPem).toEqual([block('AAAA'), block('BBBB'), block('CCCC')]);
      expect(() => loadConfig({ ...minimal, EDS_TRUSTED_ROOTS_FILE: join(dir, 'missing.pem') })).toThrow(
        /EDS_TRUSTED_ROOTS_FILE: cannot be read/,
      );
      expect(() =>
        loadConfig({
          ...minimal,
          EDS_INTERMEDIATES_FILE: join(dir, 'roots.pem'),
          EDS_TRUSTED_ROOTS_PEM: 'x',
        }),
      ).toThrow(/EDS_TRUSTED_ROOTS_PEM: must hold PEM certificates/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
