/**
 * How long the texts of an application may be (in characters, i.e. code points) and how far ahead
 * its days may lie: what the bank's back office stores and prints.
 */
export const APPLICATION_TEXT_LIMITS = {
  purpose: 420,
  /** Names of organizations, people and banks. */
  name: 160,
  address: 250,
  /** Numbers and codes people copy from paper: tender, contract, registration numbers. */
  reference: 50,
  /** A cash order's source, a certificate's addressee. */
  shortText: 250,
  tenderSubject: 500,
  letterSubject: 200,
  letterBody: 5000,
  note: 1000,
  email: 254,
} as const;

/** Cash is ordered and value dates are set at most this many calendar days ahead. */
export const MAX_APPLICATION_DAYS_AHEAD = 30;

/** A letter carries at most this many files. */
export const MAX_LETTER_ATTACHMENTS = 5;
