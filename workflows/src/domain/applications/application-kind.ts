/**
 * The applications a client sends the bank (seed 000, 003). Service applications may be created and
 * sent from every channel (Light and Mobile with OTP); currency applications are created in Standard
 * and Light and reach the bank only with an EDS from the Standard channel, as payments do. A
 * cancellation asks the bank to cancel an application it has received; it is itself tracked.
 */
export const SERVICE_APPLICATION_KINDS = [
  'CASH_WITHDRAWAL',
  'CASH_LODGEMENT',
  'TENDER_GUARANTEE',
  'BANK_CERTIFICATE',
  'BANK_DETAILS_CHANGE',
  'LETTER',
] as const;
export const CURRENCY_APPLICATION_KINDS = [
  'FX_TRANSFER',
  'CURRENCY_PURCHASE',
  'CURRENCY_SALE',
  'CURRENCY_CONVERSION',
] as const;
export const APPLICATION_KINDS = [
  ...SERVICE_APPLICATION_KINDS,
  ...CURRENCY_APPLICATION_KINDS,
  'CANCELLATION',
] as const;

export type ServiceApplicationKind = (typeof SERVICE_APPLICATION_KINDS)[number];
export type CurrencyApplicationKind = (typeof CURRENCY_APPLICATION_KINDS)[number];
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
/** The kinds a client fills in a form; a cancellation is made from the application it cancels. */
export type FormApplicationKind = Exclude<ApplicationKind, 'CANCELLATION'>;
export const FORM_APPLICATION_KINDS: readonly FormApplicationKind[] = [
  ...SERVICE_APPLICATION_KINDS,
  ...CURRENCY_APPLICATION_KINDS,
];

/** Which sending rule an application follows: OTP suffices (SERVICE) or an EDS is needed (CURRENCY). */
export type ApplicationFamily = 'SERVICE' | 'CURRENCY';

const CURRENCY_KINDS: ReadonlySet<string> = new Set(CURRENCY_APPLICATION_KINDS);

export function isCurrencyKind(kind: string): kind is CurrencyApplicationKind {
  return CURRENCY_KINDS.has(kind);
}

/**
 * A cancellation follows the family of what it cancels: cancelling a currency operation is as
 * consequential as sending one, so it too needs a Standard EDS.
 */
export function familyOf(kind: FormApplicationKind): ApplicationFamily {
  return isCurrencyKind(kind) ? 'CURRENCY' : 'SERVICE';
}

export const APPLICATION_STATUSES = [
  'DRAFT',
  'AWAITING_SIGNATURES',
  /** Complete set of signatures made by OTP; a currency application then awaits a Standard EDS. */
  'SIGNED',
  'SENT_TO_BANK',
  'ACCEPTED',
  'IN_PROGRESS',
  /** Executed, with the bank's answer in `bank.result`. */
  'DONE',
  /** Refused by the bank, with its reason code in `bank.reason`. */
  'REFUSED_BY_BANK',
  /** Refused by one of the organization's signers, with a reason. */
  'REJECTED',
  /** Taken back by its author before it was sent. */
  'WITHDRAWN',
  /** Not completely signed before its deadline. */
  'EXPIRED',
  /** Cancelled by the bank at the client's request (a cancellation application it accepted). */
  'CANCELLED',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const FINAL_APPLICATION_STATUSES: ReadonlySet<ApplicationStatus> = new Set([
  'DONE',
  'REFUSED_BY_BANK',
  'REJECTED',
  'WITHDRAWN',
  'EXPIRED',
  'CANCELLED',
]);

/** The statuses in which the bank holds an application and a cancellation may be asked for. */
export const CANCELLABLE_STATUSES: ReadonlySet<ApplicationStatus> = new Set([
  'SENT_TO_BANK',
  'ACCEPTED',
  'IN_PROGRESS',
]);
