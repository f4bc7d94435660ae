import { randomInt } from 'node:crypto';
import {
  composeKzIban,
  iinBinCheckDigit,
  type Channel,
  type SignatureRight,
} from '@qoltanba/workflows/domain';
import { expect } from '@jest/globals';
import { MANAGER } from './dev-identity.js';
import { checkedChange } from './manager-changes.js';
import type request from 'supertest';

export interface PersonSpec {
  right: SignatureRight;
  channels?: Channel[];
  /** +77XXXXXXXXX, for Light/Mobile log-in; default none. */
  phone?: string;
  /** The person's IIN; everyone shares one valid IIN unless a test needs them told apart. */
  iin?: string;
}

export interface Onboarded {
  organizationId: string;
  binIin: string;
  payerIban: string;
  users: Record<string, { id: string; name: string }>;
  /** Development identity headers of a user in a channel. */
  as(user: string, channel?: Channel): Record<string, string>;
}

let sequence = 0;

/** Valid, distinct BINs: an 11-digit prefix plus its check digit (prefixes whose check digit is 10 skipped). */
export function nextBin(): string {
  for (;;) {
    sequence++;
    const prefix = `2611400${String(10_000 + sequence).slice(-4)}`;
    const digits = [...prefix].map(Number);
    let check = digits.reduce((sum, digit, index) => sum + digit * (index + 1), 0) % 11;
    if (check === 10)
      check = digits.reduce((sum, digit, index) => sum + digit * (((index + 2) % 11) + 1), 0) % 11;
    if (check !== 10) return `${prefix}${check}`;
  }
}

/**
 * A valid IIN no other test file is likely to use: a random 20th-century birth date and number.
 * Certificates name people by IIN, and every file's signing agent sees every file's tokens.
 */
export function uniqueIin(): string {
  for (;;) {
    const birth = new Date(Date.UTC(1950 + randomInt(50), randomInt(12), 1 + randomInt(28)));
    const yymmdd = birth.toISOString().slice(2, 10).replaceAll('-', '');
    const prefix = `${yymmdd}${3 + randomInt(2)}${String(randomInt(10_000)).padStart(4, '0')}`;
    const check = iinBinCheckDigit(prefix);
    if (check !== undefined) return `${prefix}${check}`;
  }
}

/** An account at our bank (code 998) with correct IBAN check digits; `account` is up to 13 characters. */
export function ourIban(account: string): string {
  return composeKzIban('998', account.padStart(13, '0'));
}

/** Anything that makes requests to the API: an in-process test app, or supertest on a running server's URL. */
export interface ApiClient {
  http(): ReturnType<typeof request>;
}

/**
 * How the manager's requests authenticate: by default the test-only identity header; a staff
 * session (`ApiSession.asStaff()`) carries its cookie and CSRF header instead.
 */
export interface ManagerAuth {
  http(): ReturnType<typeof request>;
  headers: Record<string, string>;
}

/**
 * A client onboarded the way the bank does it, through the API: one manager submits the onboarding
 * (the organization, a KZT account opened in the bank simulator with a balance, users with the given
 * rights and channels), a second manager approves it. Needs a worker on the app's task queue.
 */
export async function onboard(
  testApp: ApiClient,
  team: Record<string, PersonSpec>,
  options: {
    balanceTiyn?: number;
    noneMayPrepare?: boolean;
    manager?: ManagerAuth;
    checker?: ManagerAuth;
  } = {},
): Promise<Onboarded> {
  const manager = options.manager ?? { http: () => testApp.http(), headers: MANAGER };
  const binIin = nextBin();
  const payerIban = ourIban(`KZT${String(Date.now()).slice(-6)}${String(++sequence).padStart(4, '0')}`);
  const people = Object.entries(team);
  const applied = await checkedChange(
    testApp,
    {
      type: 'ONBOARD_CLIENT',
      organization: {
        name: 'ТОО "Тест"',
        legalForm: 'LEGAL_ENTITY',
        binIin,
        address: 'Алматы, Абай даңғылы, 1',
        noneMayPrepare: options.noneMayPrepare ?? false,
      },
      accounts: [{ iban: payerIban, currency: 'KZT', title: 'Current account' }],
      users: people.map(([name, spec]) => ({
        fullName: name,
        iin: spec.iin ?? '871008401427',
        signatureRight: spec.right,
        channels: spec.channels ?? ['STANDARD', 'LIGHT', 'MOBILE'],
        otpDevice: 'NONE',
        ...(spec.phone ? { phone: spec.phone } : {}),
      })),
    },
    manager,
    options.checker,
  );
  const organizationId = applied.outcome.organizationId as string;
  await openSimulatorAccount(
    manager,
    payerIban,
    options.balanceTiyn ?? 100_000_000_00,
    undefined,
    manager.headers,
  );
  const userIds = applied.outcome.userIds as string[];
  const users: Onboarded['users'] = {};
  people.forEach(([name], index) => (users[name] = { id: userIds[index]!, name }));
  return {
    organizationId,
    binIin,
    payerIban,
    users,
    as: (user, channel = 'STANDARD') => ({ 'x-dev-user-id': users[user]!.id, 'x-dev-channel': channel }),
  };
}

/**
 * Adds an account in `currency` to the organization by a checked ADD_ACCOUNT change, not yet opened
 * at the bank; answers its IBAN.
 */
export async function addAccount(
  testApp: ApiClient,
  organizationId: string,
  currency: string,
): Promise<string> {
  const iban = ourIban(`${currency}${String(Date.now()).slice(-6)}${String(++sequence).padStart(4, '0')}`);
  await checkedChange(testApp, {
    type: 'ADD_ACCOUNT',
    organizationId,
    account: { iban, currency, title: `${currency} account` },
  });
  return iban;
}

/** Opens an account in the bank core simulator (an account already open is left as it is). */
export async function openSimulatorAccount(
  testApp: ApiClient,
  iban: string,
  openingBalanceTiyn: number,
  holder = { name: 'Test holder', binIin: '940140000385' },
  auth: Record<string, string> = MANAGER,
): Promise<void> {
  const response = await testApp.http().post('/api/bank-simulator/accounts').set(auth).send({
    iban,
    currency: 'KZT',
    holderName: holder.name,
    holderBinIin: holder.binIin,
    openingBalanceTiyn,
  });
  expect([201, 409]).toContain(response.status);
}
