/** Field names a difference can carry (the last part of its path), each with `staff.field.<name>`. */
export const DIFFERENCE_FIELDS = [
  'name',
  'legalForm',
  'binIin',
  'address',
  'noneMayPrepare',
  'iban',
  'currency',
  'title',
  'fullName',
  'iin',
  'phone',
  'email',
  'signatureRight',
  'channels',
  'otpDevice',
  'status',
  'password',
  'standardPassword',
  'registrationUserId',
  'validityDays',
  'tokenReissue',
  'tokenRegistration',
  'issuer',
  'validTo',
  'reason',
] as const;

export interface DifferenceLabel {
  /** `staff.field.<name>`, or undefined for a field told by its own words (`otpDevice QC123…`). */
  readonly key?: string;
  /** What the key's text names: a device's or a certificate's serial, an account's IBAN. */
  readonly params?: { serial: string };
  /** "users.1.iin" → the second user: 2. */
  readonly user?: number;
  readonly account?: number;
  readonly raw: string;
}

/**
 * How a difference's field reads: `users.1.signatureRight` is the second user's signature right;
 * a field naming its object (`certificate 3A…`) is shown as it is.
 */
export function differenceLabel(field: string): DifferenceLabel {
  const named = /^(otpDevice|certificate|account) (.+)$/.exec(field);
  if (named) {
    const [, object, serial] = named;
    return serial === '(new)'
      ? { raw: field, key: 'staff.field.newOtpDevice' }
      : { raw: field, key: `staff.field.${object}Named`, params: { serial: serial! } };
  }
  const parts = field.split('.');
  const name = parts.at(-1)!;
  const known = (DIFFERENCE_FIELDS as readonly string[]).includes(name);
  const index = parts.length === 3 ? Number(parts[1]) + 1 : undefined;
  return {
    raw: field,
    ...(known ? { key: `staff.field.${name}` } : {}),
    ...(parts[0] === 'users' && index ? { user: index } : {}),
    ...(parts[0] === 'accounts' && index ? { account: index } : {}),
  };
}

/**
 * The translation keys of a value, for the fields whose values are codes (a list of channels is
 * several); undefined for plain text.
 */
export function differenceValueKeys(field: string, value: string | null): string[] | undefined {
  if (value === null) return undefined;
  if (field.split('.').at(-1) === 'channels') return value.split(', ').map((channel) => `channel.${channel}`);
  const key = differenceValueKey(field, value);
  return key ? [key] : undefined;
}

function differenceValueKey(field: string, value: string): string | undefined {
  if (field === 'otpDevice (new)') return `staff.deviceKind.${value}`;
  if (field.startsWith('otpDevice ')) return `staff.deviceStatus.${value}`;
  if (field.startsWith('account ')) return `staff.accountStatus.${value}`;
  if (field.startsWith('certificate '))
    return value === 'SIGNING' || value === 'AUTHENTICATION'
      ? `staff.purpose.${value}`
      : `staff.certificateStatus.${value}`;
  const name = field.split('.').at(-1);
  switch (name) {
    case 'signatureRight':
      return `right.${value}`;
    case 'legalForm':
      return `staff.legalForm.${value}`;
    case 'otpDevice':
      return `staff.deviceChoice.${value}`;
    case 'status':
      return `staff.userStatus.${value}`;
    case 'noneMayPrepare':
      return value === 'true' ? 'staff.yes' : 'staff.no';
    case 'password':
    case 'standardPassword':
    case 'registrationUserId':
      return `staff.credentialState.${value}`;
    case 'tokenReissue':
      return `staff.reissueReason.${value}`;
    case 'tokenRegistration':
      return `staff.registrationStatus.${value}`;
    default:
      return undefined;
  }
}
