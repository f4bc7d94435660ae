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
};

export const DEMO_ACCOUNT = {
  id: '0d6f3c2a-7c1e-4a8e-9b1a-000000000101',
  iban: composeKzIban('998', 'KZT5004100100'),
  currency: 'KZT',
  title: 'Current account',
  openingBalanceTiyn: 50_000_000_00,
};

/** A supplier with an account at this bank: payments to it execute at once. */
export const DEMO_COUNTERPARTY = {
  name: 'ТОО «Алатау Жабдықтау»',
  binIin: '160440007161',
  iban: composeKzIban('998', 'KZT5004100200'),
};

export interface DemoUser {
  id: string;
  fullName: string;
  iin: string;
  right: SignatureRight;
  channels: Channel[];
  phone: string;
}

export const DEMO_USERS: DemoUser[] = [
  demoUser(11, 'Айгерім Бекова', 'SINGLE', ['STANDARD', 'LIGHT', 'MOBILE'], '+77010000011'),
  demoUser(12, 'Нұрлан Сейітов', 'FIRST', ['STANDARD', 'LIGHT', 'MOBILE'], '+77010000012'),
  demoUser(13, 'Дана Омарова', 'SECOND', ['LIGHT', 'MOBILE'], '+77010000013'),
  demoUser(14, 'Ерлан Жақсыбеков', 'NONE', ['STANDARD', 'LIGHT'], '+77010000014'),
];

function demoUser(
  n: number,
  fullName: string,
  right: SignatureRight,
  channels: Channel[],
  phone: string,
): DemoUser {
  return {
    id: `0d6f3c2a-7c1e-4a8e-9b1a-0000000000${n}`,
    fullName,
    iin: '871008401427',
    right,
    channels,
    phone,
  };
}
