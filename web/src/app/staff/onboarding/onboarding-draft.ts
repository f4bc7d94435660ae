import type { Channel, SignatureRight } from '@qoltanba/workflows/domain';
import type { OnboardClientChange } from '../staff-api';

export type LegalForm = OnboardClientChange['organization']['legalForm'];
export type OtpDeviceChoice = OnboardClientChange['users'][number]['otpDevice'];

export interface AccountDraft {
  iban: string;
  currency: string;
  title: string;
}

export interface UserDraft {
  fullName: string;
  iin: string;
  phone: string;
  email: string;
  signatureRight: SignatureRight;
  channels: Channel[];
  otpDevice: OtpDeviceChoice;
}

export interface OnboardingDraft {
  organization: {
    name: string;
    legalForm: LegalForm;
    binIin: string;
    address: string;
    noneMayPrepare: boolean;
  };
  accounts: AccountDraft[];
  users: UserDraft[];
}

export const STEPS = ['organization', 'accounts', 'users', 'review'] as const;
export type Step = (typeof STEPS)[number];

export const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY'] as const;
export const DEVICE_CHOICES: readonly OtpDeviceChoice[] = ['CARD', 'TOKEN', 'NONE'];

export const newAccount = (): AccountDraft => ({ iban: '', currency: 'KZT', title: '' });
export const newUser = (): UserDraft => ({
  fullName: '',
  iin: '',
  phone: '',
  email: '',
  signatureRight: 'SINGLE',
  channels: ['STANDARD', 'LIGHT'],
  otpDevice: 'CARD',
});

export const emptyDraft = (): OnboardingDraft => ({
  organization: { name: '', legalForm: 'LEGAL_ENTITY', binIin: '', address: '', noneMayPrepare: false },
  accounts: [newAccount()],
  users: [newUser()],
});

/** The request the bank's API takes: blanks left out, text trimmed. */
export function toChange(draft: OnboardingDraft): OnboardClientChange {
  return {
    type: 'ONBOARD_CLIENT',
    organization: {
      ...draft.organization,
      name: draft.organization.name.trim(),
      binIin: draft.organization.binIin.trim(),
      address: draft.organization.address.trim(),
    },
    accounts: draft.accounts.map((account) => ({
      iban: account.iban.replace(/\s/g, '').toUpperCase(),
      currency: account.currency as OnboardClientChange['accounts'][number]['currency'],
      title: account.title.trim(),
    })),
    users: draft.users.map((user) => ({
      fullName: user.fullName.trim(),
      iin: user.iin.trim(),
      ...(user.phone.trim() ? { phone: user.phone.trim() } : {}),
      ...(user.email.trim() ? { email: user.email.trim() } : {}),
      signatureRight: user.signatureRight,
      channels: user.channels,
      otpDevice: user.otpDevice,
    })),
  };
}

/** The step holding a field the API named (`change.users.1.iin` → users). */
export function stepOf(field: string | undefined): Step {
  const part =
    field &&
    dotted(field)
      .replace(/^change\./, '')
      .split('.')[0];
  return part === 'accounts' || part === 'users' ? part : 'organization';
}

/** The form control's id for a field the API named: `change.users.1.iin` → `users-1-iin`. */
export function controlIdOf(field: string): string {
  return dotted(field)
    .replace(/^change\./, '')
    .replaceAll('.', '-');
}

/** `users[1].iin` (as a difference names it) → `users.1.iin` (as a refusal does). */
function dotted(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}
