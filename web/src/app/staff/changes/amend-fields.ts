import { CHANNELS, SIGNATURE_RIGHTS, type Channel } from '@qoltanba/workflows/domain';
import { CURRENCIES, DEVICE_CHOICES } from '../onboarding/onboarding-draft';
import type { Change, ChangeType } from '../staff-api';

/** One field of a pending change its maker may correct. */
export interface AmendField {
  /** Its path in the change (`account.title`); the API names a refusal of it `change.account.title`. */
  readonly path: string;
  /** Translation key of its label. */
  readonly label: string;
  readonly control: 'text' | 'choice' | 'channels';
  /** A choice's values, and the prefix of their translation keys (without one, shown as they are). */
  readonly options?: readonly string[];
  readonly optionKeys?: string;
  /** Text that may be left empty: the change then leaves it out. */
  readonly optional?: boolean;
  readonly maxLength?: number;
}

export type AmendValue = string | readonly Channel[];
/** The form's values by field path. */
export type AmendDraft = Readonly<Record<string, AmendValue>>;

type RevocationReason = Extract<Change, { type: 'REVOKE_CERTIFICATE' }>['reason'];
type DeviceKind = Extract<Change, { type: 'REPLACE_OTP_DEVICE' }>['kind'];
/** The reasons the client page offers (UNSPECIFIED is the API's, never a manager's choice). */
const REVOCATION_REASONS: readonly RevocationReason[] = [
  'KEY_COMPROMISE',
  'AFFILIATION_CHANGED',
  'SUPERSEDED',
  'CESSATION_OF_OPERATION',
];
// An object rather than a list, so that the compiler asks for a kind the API adds.
const DEVICE_KINDS = Object.keys({ CARD: 0, TOKEN: 0 } satisfies Record<DeviceKind, 0>);

const right = (path: string): AmendField => ({
  path,
  label: 'staff.field.signatureRight',
  control: 'choice',
  options: SIGNATURE_RIGHTS,
  optionKeys: 'right.',
});
const channels = (path: string): AmendField => ({ path, label: 'staff.field.channels', control: 'channels' });

/**
 * What a maker may correct in each type of change: what the change is *about* (the user, the
 * account's IBAN, the new user's IIN, the device or certificate) stays — the server refuses an
 * amendment of another object — and a type missing here has nothing to correct (blocking a user, a
 * temporary password) or is too large for a short form (an onboarding: withdraw and send anew).
 */
const AMENDABLE: Partial<Record<ChangeType, readonly AmendField[]>> = {
  CHANGE_USER_ACCESS: [right('signatureRight'), channels('channels')],
  ADD_ACCOUNT: [
    { path: 'account.currency', label: 'staff.field.currency', control: 'choice', options: CURRENCIES },
    { path: 'account.title', label: 'staff.field.title', control: 'text', maxLength: 100 },
  ],
  ADD_USER: [
    { path: 'user.fullName', label: 'staff.field.fullName', control: 'text', maxLength: 200 },
    { path: 'user.phone', label: 'staff.field.phone', control: 'text', optional: true, maxLength: 20 },
    { path: 'user.email', label: 'staff.field.email', control: 'text', optional: true, maxLength: 200 },
    right('user.signatureRight'),
    channels('user.channels'),
    {
      path: 'user.otpDevice',
      label: 'staff.field.otpDevice',
      control: 'choice',
      options: DEVICE_CHOICES,
      optionKeys: 'staff.deviceChoice.',
    },
  ],
  REPLACE_OTP_DEVICE: [
    {
      path: 'kind',
      label: 'staff.amend.kind',
      control: 'choice',
      options: DEVICE_KINDS,
      optionKeys: 'staff.deviceKind.',
    },
  ],
  REVOKE_CERTIFICATE: [
    {
      path: 'reason',
      label: 'staff.client.revocationReason',
      control: 'choice',
      options: REVOCATION_REASONS,
      optionKeys: 'staff.revocationReason.',
    },
  ],
};

/** The fields a maker may correct in a change of this type; none: the page offers no correction. */
export function amendFieldsOf(type: ChangeType): readonly AmendField[] {
  return AMENDABLE[type] ?? [];
}

/**
 * The form's first values: the change's own, and where it leaves a field as it is (a right changed,
 * the channels not), the object's current value from `current`.
 */
export function draftOf(
  change: Readonly<Record<string, unknown>>,
  fields: readonly AmendField[],
  current: AmendDraft = {},
): AmendDraft {
  return Object.fromEntries(
    fields.map((field): [string, AmendValue] => {
      const value = valueAt(change, field.path) ?? current[field.path];
      if (field.control === 'channels')
        return [field.path, value === undefined || typeof value === 'string' ? [] : ordered(value)];
      return [field.path, typeof value === 'string' ? value : ''];
    }),
  );
}

/**
 * The change as corrected: text trimmed, an empty optional field left out, and a field that would
 * leave the object as it is now (`current`) left out too, as the client page sends access changes.
 */
export function amendedChange(
  original: Readonly<Record<string, unknown>>,
  fields: readonly AmendField[],
  draft: AmendDraft,
  current: AmendDraft = {},
): Change {
  let change: Record<string, unknown> = { ...original };
  for (const field of fields) {
    const drafted = draft[field.path] ?? '';
    const value = typeof drafted === 'string' ? drafted.trim() : ordered(drafted);
    const now = current[field.path];
    const left = (field.optional && value === '') || (now !== undefined && same(now, value));
    change = withValue(change, field.path, left ? undefined : value);
  }
  return change as unknown as Change;
}

/** Whether the correction changes nothing the form shows. */
export function unchanged(
  original: Readonly<Record<string, unknown>>,
  amended: Readonly<Record<string, unknown>>,
  fields: readonly AmendField[],
): boolean {
  return fields.every((field) =>
    same(valueAt(original, field.path) ?? '', valueAt(amended, field.path) ?? ''),
  );
}

/** The fields the form cannot send as they are, each with its message. */
export function blanksOf(fields: readonly AmendField[], draft: AmendDraft): Map<string, string> {
  const blanks = new Map<string, string>();
  for (const field of fields) {
    const value = draft[field.path] ?? '';
    if (field.control === 'channels' && value.length === 0)
      blanks.set(field.path, 'staff.amend.channelsRequired');
    else if (field.control === 'text' && !field.optional && String(value).trim() === '')
      blanks.set(field.path, 'staff.amend.required');
  }
  return blanks;
}

/** The control of a field: `account.title` → `amend-account-title`. */
export function amendControlId(path: string): string {
  return `amend-${path.replaceAll('.', '-')}`;
}

/** The form's field an API refusal names (`change.account.title`), if it is one of the form's. */
export function refusedFieldOf(field: string | undefined, fields: readonly AmendField[]): string | undefined {
  const path = field?.replace(/^change\./, '');
  return fields.find((each) => path === each.path || path?.startsWith(`${each.path}.`))?.path;
}

/** Channels in the one order the bank lists them, so that a list compares and reads the same. */
export function ordered(channels: readonly unknown[]): Channel[] {
  return CHANNELS.filter((channel) => channels.includes(channel));
}

/** Equal values; lists of channels in any order. */
function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? ordered(a).join() === ordered(b).join() : a === b;
}

function valueAt(change: Readonly<Record<string, unknown>>, path: string): AmendValue | undefined {
  const value = path
    .split('.')
    .reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], change);
  return typeof value === 'string' || Array.isArray(value) ? (value as AmendValue) : undefined;
}

function withValue(
  object: Readonly<Record<string, unknown>>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const inner = rest.length
    ? withValue((object[key] ?? {}) as Record<string, unknown>, rest.join('.'), value)
    : value;
  const copy = { ...object };
  if (inner === undefined) delete copy[key];
  else copy[key] = inner;
  return copy;
}
