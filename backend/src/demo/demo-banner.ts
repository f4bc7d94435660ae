import { cardCells, fromBase32, tokenProvisioningUri } from '../otp/otp-codes.js';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_STAFF, DEMO_USERS } from './demo-data.js';

/**
 * The demo log-ins and OTP devices, as `npm start` prints them in its banner (deploy/local imports
 * this file from backend/dist at run time). Everything here is demo-only and public.
 */
export function demoBannerLines(): string[] {
  const staff = DEMO_STAFF.map((member) => `${member.login} (${member.role.toLowerCase()})`).join(', ');
  const standard = DEMO_USERS.filter((user) => user.standardLogin)
    .map((user) => `${user.standardLogin} (${user.right})`)
    .join(', ');
  const lines = [
    `Demo log-ins      password "${DEMO_PASSWORD}" for every one of them (demo data only)`,
    `  Staff           ${staff}`,
    `  Standard        ${standard}`,
    ...DEMO_USERS.filter((user) => user.registrationLogin).map(
      (user) =>
        `  Token register  user ID ${user.registrationLogin} (${user.standardLogin}) with the OTP card PIN below`,
    ),
    `  Light/Mobile    ${DEMO_USERS.map((user, index) => `${index === 0 ? user.phone : `…${user.phone.slice(-2)}`} (${user.right})`).join(', ')}; BIN ${DEMO_ORGANIZATION.binIin}`,
  ];
  for (const user of DEMO_USERS) {
    const device = user.otp;
    if (!device) continue;
    const who = `${user.fullName} (${user.right})`;
    if (device.kind === 'TOKEN') {
      lines.push(
        `  OTP token       ${who}: ${tokenProvisioningUri(device.serial, fromBase32(device.secret))}`,
      );
      continue;
    }
    lines.push(`  OTP card        ${who}: ${device.serial}, PIN ${device.pin}, cells:`);
    const cells = cardCells(fromBase32(device.secret)).map(
      (code, index) => `${String(index + 1).padStart(2, ' ')}:${code}`,
    );
    for (let row = 0; row < cells.length; row += 7)
      lines.push(`                  ${cells.slice(row, row + 7).join('  ')}`);
  }
  return lines;
}

/** The demo operator, with whom `npm start` runs its self-check. */
export function demoOperator(): { login: string; password: string } {
  return { login: DEMO_STAFF.find((member) => member.role === 'OPERATOR')!.login, password: DEMO_PASSWORD };
}

/** The demo signer whose token `npm start` (and the end-to-end tests) give EDS certificates. */
export function demoEdsUser(): {
  login: string;
  registrationLogin: string;
  cardPin: string;
  iin: string;
} {
  const user = DEMO_USERS.find((candidate) => candidate.standardLogin === 'demo.single')!;
  if (user.otp?.kind !== 'CARD' || !user.registrationLogin)
    throw new Error('The demo signer has no OTP card.');
  return {
    login: user.standardLogin!,
    registrationLogin: user.registrationLogin,
    cardPin: user.otp.pin,
    iin: user.iin,
  };
}
