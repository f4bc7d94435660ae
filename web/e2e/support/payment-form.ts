import type { Page } from 'playwright-core';
import { DEMO_COUNTERPARTY } from './demo.js';

export interface PaymentInput {
  number: string;
  amount: string;
  beneficiaryName?: string;
  binIin?: string;
  iban?: string;
  kbe?: string;
  knp?: string;
  purpose?: string;
}

/**
 * Fills the new-payment form as a user would, field by field (each field checked as it is left);
 * by default a payment to the demo counterparty at this bank, which the bank executes at once.
 */
export async function fillPaymentForm(page: Page, input: PaymentInput): Promise<void> {
  await page.locator('#pf-number').waitFor();
  const type = async (id: string, text: string) => {
    await page.locator(`#pf-${id}`).fill(text);
    await page.locator(`#pf-${id}`).blur();
  };
  await type('number', input.number);
  await type('amount', input.amount);
  await type('beneficiaryName', input.beneficiaryName ?? DEMO_COUNTERPARTY.name);
  await type('binIin', input.binIin ?? DEMO_COUNTERPARTY.binIin);
  await type('beneficiaryIban', input.iban ?? DEMO_COUNTERPARTY.iban);
  await type('kbe', input.kbe ?? '17');
  await page.locator('#pf-knp').selectOption(input.knp ?? '710');
  await type('purpose', input.purpose ?? 'Payment for goods under contract 12 of 01.11.2026, VAT included');
}
