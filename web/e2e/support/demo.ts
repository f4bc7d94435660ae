import {
  DEMO_COUNTERPARTY,
  DEMO_ORGANIZATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoUser,
} from '@qoltanba/backend/demo/demo-data';
import { cardCell, fromBase32, tokenCodeAt } from '@qoltanba/backend/otp/otp-codes';

export { DEMO_COUNTERPARTY, DEMO_ORGANIZATION, DEMO_PASSWORD };

/** The demo people the journeys act as (backend/src/demo/demo-data.ts). */
export const demoUser = {
  /** The Standard signer (EDS on the demo token; an OTP card for Light/Mobile). */
  single: byRight('SINGLE'),
  /** A SINGLE signer of Light and Mobile with an OTP token. */
  singleWithToken: DEMO_USERS.find((user) => user.right === 'SINGLE' && user.otp?.kind === 'TOKEN')!,
  first: byRight('FIRST'),
  second: byRight('SECOND'),
  none: byRight('NONE'),
};

/** What the user reads off their OTP token right now. */
export function tokenCode(user: DemoUser): string {
  if (user.otp?.kind !== 'TOKEN') throw new Error(`${user.fullName} has no OTP token`);
  return tokenCodeAt(fromBase32(user.otp.secret), Math.floor(Date.now() / 1000));
}

/** What the user reads in a numbered cell of their OTP card. */
export function cardCode(user: DemoUser, cell: number): string {
  if (user.otp?.kind !== 'CARD') throw new Error(`${user.fullName} has no OTP card`);
  return cardCell(fromBase32(user.otp.secret), cell);
}

/** The demo signing agent's token PIN (deploy/local/src/demo-token.ts). */
export { DEMO_TOKEN } from '@qoltanba/local/demo-token';

/** A document number no other journey (or earlier run on the same data) uses. */
export function uniqueNumber(prefix: string): string {
  numbered += 1;
  return `${prefix}-${Date.now().toString(36).toUpperCase()}${numbered}`;
}
let numbered = 0;

function byRight(right: DemoUser['right']): DemoUser {
  return DEMO_USERS.find((user) => user.right === right)!;
}
