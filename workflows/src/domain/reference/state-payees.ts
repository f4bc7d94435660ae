import type { PaymentKind } from '../payment/payment-kind.js';
import { TREASURY_BIC } from './kz-banks.js';

/** A beneficiary the law fixes for a kind of payment: the form fills it in, validation insists on it. */
export interface StatePayee {
  readonly name: string;
  readonly binIin?: string;
  readonly iban: string;
  readonly bic: string;
  readonly kbe: string;
}

/** The budget's account at the Treasury for taxes (domain.md §10); the BIN is the tax office's. */
export const TREASURY_BUDGET_ACCOUNT: StatePayee = Object.freeze({
  name: 'РГУ «Комитет государственного казначейства МФ РК»',
  iban: 'KZ24070105KSN0000000',
  bic: TREASURY_BIC,
  kbe: '11',
});

/** State Corporation "Government for Citizens": collects pension, social and health contributions. */
export const STATE_CORPORATION_BIN = '160440007161';
export const STATE_CORPORATION_BIC = 'GCVPKZ2A';
const STATE_CORPORATION_NAME = 'НАО «Государственная корпорация «Правительство для граждан»';

/**
 * The State Corporation's account for each contribution kind: pensions and social contributions as
 * domain.md §10 gives them; health insurance as real payment messages show it.
 */
export const CONTRIBUTION_PAYEES: Readonly<Partial<Record<PaymentKind, StatePayee>>> = Object.freeze({
  PENSION: payee('KZ12009NPS0413609816'),
  SOCIAL: payee('KZ67009SS00368609110'),
  HEALTH_INSURANCE: payee('KZ92009MEDS368609103'),
});

function payee(iban: string): StatePayee {
  return Object.freeze({
    name: STATE_CORPORATION_NAME,
    binIin: STATE_CORPORATION_BIN,
    iban,
    bic: STATE_CORPORATION_BIC,
    kbe: '11',
  });
}
