import {
  BANK_BRANCHES,
  BANK_CERTIFICATE_KINDS,
  CERTIFICATE_LANGUAGES,
  CHARGES,
  type FormApplicationKind,
} from '@qoltanba/workflows/domain';

/** What the user fills in, all as text (amounts too: never a float), by the field's path. */
export type FormValues = Readonly<Record<string, string>>;

/**
 * How a field is entered: plain or long text, an amount (decimal text) with a currency beside it,
 * one of the organization's accounts, a date, one of fixed options, a letter's files, or the rate
 * of an exchange (the bank's, or a limit the client sets).
 */
export type FieldType =
  'text' | 'textarea' | 'amount' | 'currency' | 'account' | 'date' | 'select' | 'attachments' | 'rate';

// Text limits follow APPLICATION_TEXT_LIMITS (workflows/.../validation/application-limits.ts).

/** Which of the organization's accounts an account field offers. */
export type AccountFilter = 'ANY' | 'KZT' | 'FOREIGN';

export interface FieldSpec {
  /** The dotted path of the value inside the request's content (`beneficiary.name`). */
  readonly path: string;
  readonly type: FieldType;
  /** Checked before sending: only that it is filled in; the server checks the rest. */
  readonly required?: boolean | ((values: FormValues) => boolean);
  /** Shown only while this holds (a certificate's date fields by its kind). */
  readonly visible?: (values: FormValues) => boolean;
  /** select: the values offered, each labelled `applicationOptions.<optionsKey>.<value>`. */
  readonly options?: readonly string[];
  readonly optionsKey?: string;
  readonly maxlength?: number;
  readonly inputmode?: 'numeric' | 'decimal' | 'email' | 'tel';
  readonly accounts?: AccountFilter;
  /** A currency field that follows the currency of the account in this field. */
  readonly currencyOf?: string;
  /** Spans both columns of the form's grid. */
  readonly wide?: boolean;
}

/** One fieldset of the form, its legend `applicationForm.sections.<name>`. */
export interface SectionSpec {
  readonly name: string;
  readonly fields: readonly FieldSpec[];
}

export interface KindForm {
  readonly sections: readonly SectionSpec[];
  /** Values of a new application before the user types anything (dates default to today). */
  readonly defaults: FormValues;
}

const BRANCH_CODES = BANK_BRANCHES.map((branch) => branch.code);

const cash = (last: FieldSpec): KindForm => ({
  sections: [
    {
      name: 'operation',
      fields: [
        { path: 'accountIban', type: 'account', required: true, wide: true },
        { path: 'amount', type: 'amount', required: true, inputmode: 'decimal' },
        { path: 'currency', type: 'currency', required: true, currencyOf: 'accountIban' },
        { path: 'date', type: 'date', required: true },
        { path: 'branch', type: 'select', required: true, options: BRANCH_CODES, optionsKey: 'branch' },
        last,
      ],
    },
  ],
  defaults: { date: 'TODAY' },
});

const exchange = (debit: AccountFilter, credit: AccountFilter): KindForm => ({
  sections: [
    {
      name: 'accounts',
      fields: [
        { path: 'debitIban', type: 'account', required: true, accounts: debit },
        { path: 'creditIban', type: 'account', required: true, accounts: credit },
      ],
    },
    {
      name: 'exchange',
      fields: [
        {
          path: 'fixedSide',
          type: 'select',
          required: true,
          options: ['DEBIT', 'CREDIT'],
          optionsKey: 'fixedSide',
        },
        { path: 'amount', type: 'amount', required: true, inputmode: 'decimal' },
        { path: 'rate', type: 'rate', required: true, wide: true },
        { path: 'valueDate', type: 'date', required: true },
        { path: 'purpose', type: 'textarea', required: true, maxlength: 420, wide: true },
      ],
    },
  ],
  defaults: { fixedSide: 'DEBIT', 'rate.kind': 'BANK', valueDate: 'TODAY' },
});

/**
 * Every kind's form, declared: one form component draws each of them. Paths are the contract's
 * request fields, so the server's violation of `content.<path>` lands on the field that has it.
 */
export const APPLICATION_FORMS: Readonly<Record<FormApplicationKind, KindForm>> = {
  CASH_WITHDRAWAL: cash({ path: 'purpose', type: 'textarea', required: true, maxlength: 420, wide: true }),
  CASH_LODGEMENT: cash({ path: 'source', type: 'text', required: true, maxlength: 250, wide: true }),
  TENDER_GUARANTEE: {
    sections: [
      {
        name: 'tender',
        fields: [
          { path: 'tender.number', type: 'text', required: true, maxlength: 50 },
          { path: 'tender.subject', type: 'textarea', required: true, maxlength: 500, wide: true },
        ],
      },
      {
        name: 'beneficiary',
        fields: [
          { path: 'beneficiary.name', type: 'text', required: true, maxlength: 160 },
          { path: 'beneficiary.binIin', type: 'text', required: true, maxlength: 12, inputmode: 'numeric' },
        ],
      },
      {
        name: 'guarantee',
        fields: [
          { path: 'accountIban', type: 'account', required: true, wide: true },
          { path: 'amount', type: 'amount', required: true, inputmode: 'decimal' },
          { path: 'currency', type: 'currency', required: true },
          { path: 'validUntil', type: 'date', required: true },
        ],
      },
    ],
    defaults: { currency: 'KZT' },
  },
  BANK_CERTIFICATE: {
    sections: [
      {
        name: 'certificate',
        fields: [
          {
            path: 'certificateKind',
            type: 'select',
            required: true,
            options: BANK_CERTIFICATE_KINDS,
            optionsKey: 'certificateKind',
          },
          {
            path: 'language',
            type: 'select',
            required: true,
            options: CERTIFICATE_LANGUAGES,
            optionsKey: 'certificateLanguage',
          },
          {
            path: 'accountIban',
            type: 'account',
            // Without an account a no-debts certificate speaks of every account.
            required: (values) => values['certificateKind'] !== 'NO_DEBTS',
            wide: true,
          },
          {
            path: 'asOf',
            type: 'date',
            required: true,
            visible: (values) => values['certificateKind'] === 'BALANCE',
          },
          {
            path: 'from',
            type: 'date',
            required: true,
            visible: (values) => values['certificateKind'] === 'TURNOVER',
          },
          {
            path: 'to',
            type: 'date',
            required: true,
            visible: (values) => values['certificateKind'] === 'TURNOVER',
          },
          { path: 'addressee', type: 'text', maxlength: 250, wide: true },
        ],
      },
    ],
    defaults: { certificateKind: 'BALANCE', language: 'LANGUAGE', asOf: 'TODAY' },
  },
  BANK_DETAILS_CHANGE: {
    sections: [
      {
        name: 'details',
        fields: [
          { path: 'legalAddress', type: 'text', maxlength: 250, wide: true },
          { path: 'postalAddress', type: 'text', maxlength: 250, wide: true },
          { path: 'phone', type: 'text', maxlength: 30, inputmode: 'tel' },
          { path: 'email', type: 'text', maxlength: 254, inputmode: 'email' },
          { path: 'headName', type: 'text', maxlength: 160, wide: true },
          { path: 'note', type: 'textarea', maxlength: 1000, wide: true },
        ],
      },
    ],
    defaults: {},
  },
  LETTER: {
    sections: [
      {
        name: 'letter',
        fields: [
          { path: 'subject', type: 'text', required: true, maxlength: 200, wide: true },
          { path: 'body', type: 'textarea', required: true, maxlength: 5000, wide: true },
          { path: 'attachmentIds', type: 'attachments', wide: true },
        ],
      },
    ],
    defaults: {},
  },
  FX_TRANSFER: {
    sections: [
      {
        name: 'transfer',
        fields: [
          { path: 'payerIban', type: 'account', required: true, accounts: 'FOREIGN', wide: true },
          { path: 'amount', type: 'amount', required: true, inputmode: 'decimal' },
          { path: 'currency', type: 'currency', required: true, currencyOf: 'payerIban' },
          { path: 'valueDate', type: 'date', required: true },
          { path: 'charges', type: 'select', required: true, options: CHARGES, optionsKey: 'charges' },
        ],
      },
      {
        name: 'beneficiary',
        fields: [
          { path: 'beneficiary.name', type: 'text', required: true, maxlength: 160, wide: true },
          { path: 'beneficiary.address', type: 'text', required: true, maxlength: 250, wide: true },
          { path: 'beneficiary.country', type: 'text', required: true, maxlength: 2 },
          { path: 'beneficiary.account', type: 'text', required: true, maxlength: 42 },
        ],
      },
      {
        name: 'bank',
        fields: [
          { path: 'bank.bic', type: 'text', required: true, maxlength: 11 },
          { path: 'bank.name', type: 'text', maxlength: 160 },
        ],
      },
      {
        name: 'purpose',
        fields: [
          { path: 'purpose', type: 'textarea', required: true, maxlength: 420, wide: true },
          { path: 'knp', type: 'text', required: true, maxlength: 3, inputmode: 'numeric' },
        ],
      },
      {
        name: 'contract',
        fields: [
          { path: 'contract.number', type: 'text', required: true, maxlength: 50 },
          { path: 'contract.date', type: 'date', required: true },
          { path: 'contract.registrationNumber', type: 'text', maxlength: 50 },
        ],
      },
    ],
    defaults: { valueDate: 'TODAY', charges: 'SHA' },
  },
  CURRENCY_PURCHASE: exchange('KZT', 'FOREIGN'),
  CURRENCY_SALE: exchange('FOREIGN', 'KZT'),
  CURRENCY_CONVERSION: exchange('FOREIGN', 'FOREIGN'),
};

/** Every field of a kind, in the order on screen (the first with an error gets the focus). */
export function fieldsOf(kind: FormApplicationKind): readonly FieldSpec[] {
  return APPLICATION_FORMS[kind].sections.flatMap((section) => section.fields);
}

/** The field's element id: `af-beneficiary-name`. */
export function fieldId(path: string): string {
  return `af-${path.replace(/\./g, '-')}`;
}
