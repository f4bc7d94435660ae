import type { AttachmentRef } from '../application-content.js';

/** Reference data a request is validated against; the backend loads it for the organization. */
export interface ApplicationValidationContext {
  /** Today in Asia/Almaty (YYYY-MM-DD), the bank's operating day. */
  readonly today: string;
  /** The organization's own accounts at the bank, by canonical IBAN. */
  readonly accounts: ReadonlyMap<string, { readonly currency: string }>;
  /** Payment purpose codes currently accepted. */
  readonly knpCatalogue: ReadonlySet<string>;
  /** Codes of the bank's branches where cash is collected or paid in. */
  readonly branches: ReadonlySet<string>;
  /** The organization's uploads a letter may attach, by id. */
  readonly attachments: ReadonlyMap<string, AttachmentRef>;
  /**
   * The amount, in minor units of `currency`, from which a foreign transfer's contract must carry
   * its registration number; `undefined` when the bank sets none for that currency.
   */
  readonly contractRegistrationThreshold: (currency: string) => number | undefined;
}
