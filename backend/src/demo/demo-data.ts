import { composeKzIban, type Channel, type SignatureRight } from '@qoltanba/workflows/domain';

/**
 * The demo client `npm start` sets up: one organization with a person for every signature right, a
 * funded account, and a counterparty at the same bank. Fixed ids make the seeding idempotent.
 */
export const DEMO_ORGANIZATION = {
  id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000001',
  name: 'ТОО «Демо Сауда»',
  legalForm: 'LEGAL_ENTITY' as const,
  binIin: '940140000385',
  kod: '17',
  /** Its accountant without a signing right prepares the payments the signers sign. */
  noneMayPrepare: true,
};

export const DEMO_ACCOUNT = {
  id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000101',
  iban: composeKzIban('998', 'KZT5004100100'),
  currency: 'KZT',
  title: 'Current account',
  openingBalanceTiyn: 50_000_000_00,
};

/** Foreign-currency accounts, for currency purchases, sales, conversions and transfers abroad. */
export const DEMO_CURRENCY_ACCOUNTS = [
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000102',
    iban: composeKzIban('998', 'USD5004100100'),
    currency: 'USD',
    title: 'USD account',
    openingBalanceTiyn: 20_000_00,
  },
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000103',
    iban: composeKzIban('998', 'EUR5004100100'),
    currency: 'EUR',
    title: 'EUR account',
    openingBalanceTiyn: 5_000_00,
  },
];

/** A supplier with an account at this bank: payments to it execute at once. */
export const DEMO_COUNTERPARTY = {
  name: 'ТОО «Алатау Жабдықтау»',
  binIin: '160440007161',
  iban: composeKzIban('998', 'KZT5004100200'),
};

/**
 * Every demo log-in's password. Demo only: seeded solely with SEED_DEMO_DATA=true, which the
 * configuration refuses in production. Demo passwords need no change at first log-in.
 */
export const DEMO_PASSWORD = 'demo1234';

/** A demo OTP device with a fixed, published secret (base32), so anyone can produce its codes. */
export type DemoOtpDevice =
  | { kind: 'TOKEN'; id: string; serial: string; secret: string }
  | { kind: 'CARD'; id: string; serial: string; secret: string; pin: string };

export interface DemoUser {
  id: string;
  fullName: string;
  iin: string;
  right: SignatureRight;
  channels: Channel[];
  /** The Light/Mobile log-in (with the organization's BIN). */
  phone: string;
  /** The Standard log-in, for users with the Standard channel. */
  standardLogin?: string;
  /** The token registration user ID (with the OTP card's PIN it registers a token). */
  registrationLogin?: string;
  otp?: DemoOtpDevice;
}

/** A distinct, valid IIN per demo person (birth date and sex agree with the name): certificates name them. */
const DEMO_IINS: Record<number, string> = {
  11: '850312400118',
  12: '900718300228',
  13: '881120400330',
  14: '770101300553',
  15: '920514300155',
};

export const DEMO_USERS: DemoUser[] = [
  // The Standard signer registers the demo token as a client does: user ID and OTP card PIN.
  demoUser(11, 'Айгерім Бекова', 'SINGLE', ['STANDARD', 'LIGHT', 'MOBILE'], '+77010000011', {
    standardLogin: 'demo.single',
    registrationLogin: 'qq850312_demosign',
    otp: {
      kind: 'CARD',
      ...demoDevice(11, 'DEMO-CARD-11'),
      secret: 'QOLTANBADEMOCARDAIGERIMSINGLE234',
      pin: 'DEMOREGPINA',
    },
  }),
  demoUser(12, 'Нұрлан Сейітов', 'FIRST', ['STANDARD', 'LIGHT', 'MOBILE'], '+77010000012', {
    standardLogin: 'demo.first',
    otp: { kind: 'TOKEN', ...demoDevice(12, 'DEMO-TOKEN-12'), secret: 'QOLTANBADEMOTOKENNURLANFIRST2345' },
  }),
  demoUser(13, 'Дана Омарова', 'SECOND', ['LIGHT', 'MOBILE'], '+77010000013', {
    otp: {
      kind: 'CARD',
      ...demoDevice(13, 'DEMO-CARD-13'),
      secret: 'QOLTANBADEMOCARDDANASECOND234567',
      pin: 'DEMOCARDPIN',
    },
  }),
  demoUser(14, 'Ерлан Жақсыбеков', 'NONE', ['STANDARD', 'LIGHT'], '+77010000014', {
    standardLogin: 'demo.none',
  }),
  demoUser(15, 'Бауыржан Әлиев', 'SINGLE', ['LIGHT', 'MOBILE'], '+77010000015', {
    otp: { kind: 'TOKEN', ...demoDevice(15, 'DEMO-TOKEN-15'), secret: 'QOLTANBADEMOTOKENBAUYRZHANSINGLE' },
  }),
];

/**
 * Bank staff of the demo: two managers (one makes a change, the other checks it), a senior manager
 * (the bank's checking rules) and an operator.
 */
export const DEMO_STAFF = [
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000301',
    login: 'demo.manager',
    fullName: 'Мәдина Менеджер',
    role: 'MANAGER' as const,
  },
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000303',
    login: 'demo.checker',
    fullName: 'Арман Тексеруші',
    role: 'MANAGER' as const,
  },
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000304',
    login: 'demo.senior',
    fullName: 'Сәуле Аға менеджер',
    role: 'SENIOR_MANAGER' as const,
  },
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000302',
    login: 'demo.operator',
    fullName: 'Олжас Оператор',
    role: 'OPERATOR' as const,
  },
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000306',
    login: 'demo.operator2',
    fullName: 'Дәурен Екінші оператор',
    role: 'OPERATOR' as const,
  },
  {
    id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000305',
    login: 'demo.auditor',
    fullName: 'Гүлнар Аудитор',
    role: 'AUDITOR' as const,
  },
];

function demoUser(
  n: number,
  fullName: string,
  right: SignatureRight,
  channels: Channel[],
  phone: string,
  extra: Pick<DemoUser, 'standardLogin' | 'registrationLogin' | 'otp'>,
): DemoUser {
  return {
    id: `0d6f3c2a-7c1e-4a8e-9b1a-0000000000${n}`,
    fullName,
    iin: DEMO_IINS[n]!,
    right,
    channels,
    phone,
    ...extra,
  };
}

function demoDevice(n: number, serial: string): { id: string; serial: string } {
  return { id: `0d6f3c2a-7c1e-4a8e-9b1a-0000000002${n}`, serial };
}
