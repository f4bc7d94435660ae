import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  CHANGE_TYPES,
  CHANNELS,
  REISSUE_REASONS,
  type ReissueReason,
  SIGNATURE_RIGHTS,
  type Channel,
  type ChangeType,
  type SignatureRight,
} from '@qoltanba/workflows/domain';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { REVOCATION_REASONS, type RevocationReason } from '../../certificates/revocation-reason.js';

/** The currencies this bank keeps accounts in. */
export const ACCOUNT_CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB', 'CNY'] as const;

export const OTP_DEVICE_CHOICES = ['CARD', 'TOKEN', 'NONE'] as const;
export type OtpDeviceChoice = (typeof OTP_DEVICE_CHOICES)[number];

export class OrganizationFields {
  @ApiProperty({ example: 'ТОО "Алатау Сауда"' }) @IsString() @Length(2, 200) name!: string;
  @ApiProperty({ enum: ['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR'] })
  @IsIn(['LEGAL_ENTITY', 'INDIVIDUAL_ENTREPRENEUR'])
  legalForm!: 'LEGAL_ENTITY' | 'INDIVIDUAL_ENTREPRENEUR';
  @ApiProperty({ description: 'BIN of a legal entity, IIN of an entrepreneur', example: '940140000385' })
  @IsString()
  binIin!: string;
  @ApiProperty({ example: 'Алматы, Абай даңғылы, 10' }) @IsString() @Length(5, 300) address!: string;
  @ApiProperty({ description: 'May users without a signing right prepare documents for others?' })
  @IsBoolean()
  noneMayPrepare!: boolean;
}

export class AccountFields {
  @ApiProperty({ example: 'KZ86998KZT5004100100' }) @IsString() iban!: string;
  @ApiProperty({ enum: ACCOUNT_CURRENCIES }) @IsIn(ACCOUNT_CURRENCIES) currency!: string;
  @ApiProperty({ example: 'Current account' }) @IsString() @Length(1, 100) title!: string;
}

export class UserFields {
  @ApiProperty({ example: 'Айнур Сейткали' }) @IsString() @Length(2, 200) fullName!: string;
  @ApiProperty({ example: '871008401427' }) @IsString() iin!: string;
  @ApiPropertyOptional({ example: '+77011234567', description: 'The Light/Mobile log-in' })
  @ValidateIf((_user: unknown, phone: unknown) => phone !== undefined)
  @IsString()
  phone?: string;
  @ApiPropertyOptional({ example: 'ainur@example.kz' })
  @ValidateIf((_user: unknown, email: unknown) => email !== undefined)
  @IsEmail()
  @Length(3, 200)
  email?: string;
  @ApiProperty({ enum: SIGNATURE_RIGHTS }) @IsIn(SIGNATURE_RIGHTS) signatureRight!: SignatureRight;
  @ApiProperty({ enum: CHANNELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  channels!: Channel[];
  @ApiProperty({ enum: OTP_DEVICE_CHOICES, description: 'The OTP device issued with the user' })
  @IsIn(OTP_DEVICE_CHOICES)
  otpDevice!: OtpDeviceChoice;
}

/** What every change carries: its type, which picks the rest of its fields. */
export class ChangeBase {
  @ApiProperty({ enum: CHANGE_TYPES }) @IsIn(CHANGE_TYPES) type!: ChangeType;
}

export class OnboardClientChange extends ChangeBase {
  declare type: 'ONBOARD_CLIENT';
  @ApiProperty({ type: OrganizationFields })
  @ValidateNested()
  @Type(() => OrganizationFields)
  organization!: OrganizationFields;
  @ApiProperty({ type: [AccountFields] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AccountFields)
  accounts!: AccountFields[];
  @ApiProperty({ type: [UserFields] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => UserFields)
  users!: UserFields[];
}

export class AddAccountChange extends ChangeBase {
  declare type: 'ADD_ACCOUNT';
  @ApiProperty() @IsUUID() organizationId!: string;
  @ApiProperty({ type: AccountFields }) @ValidateNested() @Type(() => AccountFields) account!: AccountFields;
}

export class CloseAccountChange extends ChangeBase {
  declare type: 'CLOSE_ACCOUNT';
  @ApiProperty() @IsUUID() accountId!: string;
}

export class AddUserChange extends ChangeBase {
  declare type: 'ADD_USER';
  @ApiProperty() @IsUUID() organizationId!: string;
  @ApiProperty({ type: UserFields }) @ValidateNested() @Type(() => UserFields) user!: UserFields;
}

export class ChangeUserAccessChange extends ChangeBase {
  declare type: 'CHANGE_USER_ACCESS';
  @ApiProperty() @IsUUID() userId!: string;
  @ApiPropertyOptional({ enum: SIGNATURE_RIGHTS })
  @IsOptional()
  @IsIn(SIGNATURE_RIGHTS)
  signatureRight?: SignatureRight;
  @ApiPropertyOptional({ enum: CHANNELS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CHANNELS, { each: true })
  channels?: Channel[];
}

/** BLOCK_USER, UNBLOCK_USER, SEND_TEMPORARY_PASSWORD: a change to one user and nothing more. */
export class UserChange extends ChangeBase {
  declare type: 'BLOCK_USER' | 'UNBLOCK_USER' | 'SEND_TEMPORARY_PASSWORD';
  @ApiProperty() @IsUUID() userId!: string;
}

/** BLOCK_OTP_DEVICE, UNBLOCK_OTP_DEVICE. */
export class OtpDeviceChange extends ChangeBase {
  declare type: 'BLOCK_OTP_DEVICE' | 'UNBLOCK_OTP_DEVICE';
  @ApiProperty() @IsUUID() deviceId!: string;
}

export class ReplaceOtpDeviceChange extends ChangeBase {
  declare type: 'REPLACE_OTP_DEVICE';
  @ApiProperty() @IsUUID() deviceId!: string;
  @ApiProperty({ enum: ['CARD', 'TOKEN'] }) @IsIn(['CARD', 'TOKEN']) kind!: 'CARD' | 'TOKEN';
}

export class RevokeCertificateChange extends ChangeBase {
  declare type: 'REVOKE_CERTIFICATE';
  @ApiProperty() @IsUUID() certificateId!: string;
  @ApiProperty({ enum: REVOCATION_REASONS }) @IsIn(REVOCATION_REASONS) reason!: RevocationReason;
}

export class IssueOtpDeviceChange extends ChangeBase {
  declare type: 'ISSUE_OTP_DEVICE';
  @ApiProperty({ description: 'A user who holds no live device (else replace it)' })
  @IsUUID()
  userId!: string;
  @ApiProperty({ enum: ['CARD', 'TOKEN'] }) @IsIn(['CARD', 'TOKEN']) kind!: 'CARD' | 'TOKEN';
}

/** ISSUE_STANDARD_CREDENTIALS: a (new) Standard log-in password, handed over once. */
export class StandardCredentialsChange extends ChangeBase {
  declare type: 'ISSUE_STANDARD_CREDENTIALS';
  @ApiProperty() @IsUUID() userId!: string;
}

export class IssueRegistrationCredentialsChange extends ChangeBase {
  declare type: 'ISSUE_REGISTRATION_CREDENTIALS';
  @ApiProperty() @IsUUID() userId!: string;
  @ApiPropertyOptional({
    description:
      "Validity of the certificates in days, from the client's contract (default CA_CERTIFICATE_VALIDITY_DAYS)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1095)
  validityDays?: number;
  @ApiProperty({
    description:
      'Issue a new OTP card with it (replacing a live device), printed with the user ID as a PIN envelope',
  })
  @IsBoolean()
  newCard!: boolean;
}

export class RegisterCertificateChange extends ChangeBase {
  declare type: 'REGISTER_CERTIFICATE';
  @ApiProperty() @IsUUID() userId!: string;
  @ApiProperty({
    description: "A certificate of another CA (the National Certification Authority's): base64 DER or PEM",
  })
  @IsString()
  @Length(1, 16_000)
  certificate!: string;
}

export class StartTokenReissueChange extends ChangeBase {
  declare type: 'START_TOKEN_REISSUE';
  @ApiProperty() @IsUUID() userId!: string;
  @ApiProperty({ enum: REISSUE_REASONS, enumName: 'ReissueReason' })
  @IsIn(REISSUE_REASONS)
  reason!: ReissueReason;
}

export class CancelTokenRegistrationChange extends ChangeBase {
  declare type: 'CANCEL_TOKEN_REGISTRATION';
  @ApiProperty() @IsUUID() registrationId!: string;
  @ApiProperty({ example: 'The token was lost' }) @IsString() @Length(1, 500) reason!: string;
}

/** CANCEL_PROCESS, TERMINATE_PROCESS: an operator's action on one process, with the reason. */
export class ProcessActionChange extends ChangeBase {
  declare type: 'CANCEL_PROCESS' | 'TERMINATE_PROCESS';
  @ApiProperty() @IsUUID() processId!: string;
  @ApiProperty({ example: 'The client asked by phone; the bank never received it' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}

/** The class that validates each type's fields (class-transformer picks it by `type`). */
export const CHANGE_CLASSES = {
  ONBOARD_CLIENT: OnboardClientChange,
  ADD_ACCOUNT: AddAccountChange,
  CLOSE_ACCOUNT: CloseAccountChange,
  ADD_USER: AddUserChange,
  CHANGE_USER_ACCESS: ChangeUserAccessChange,
  BLOCK_USER: UserChange,
  UNBLOCK_USER: UserChange,
  SEND_TEMPORARY_PASSWORD: UserChange,
  BLOCK_OTP_DEVICE: OtpDeviceChange,
  UNBLOCK_OTP_DEVICE: OtpDeviceChange,
  REPLACE_OTP_DEVICE: ReplaceOtpDeviceChange,
  REVOKE_CERTIFICATE: RevokeCertificateChange,
  ISSUE_OTP_DEVICE: IssueOtpDeviceChange,
  ISSUE_STANDARD_CREDENTIALS: StandardCredentialsChange,
  ISSUE_REGISTRATION_CREDENTIALS: IssueRegistrationCredentialsChange,
  REGISTER_CERTIFICATE: RegisterCertificateChange,
  START_TOKEN_REISSUE: StartTokenReissueChange,
  CANCEL_TOKEN_REGISTRATION: CancelTokenRegistrationChange,
  CANCEL_PROCESS: ProcessActionChange,
  TERMINATE_PROCESS: ProcessActionChange,
} as const satisfies Record<ChangeType, new () => ChangeBase>;

export type AnyChange =
  | OnboardClientChange
  | AddAccountChange
  | CloseAccountChange
  | AddUserChange
  | ChangeUserAccessChange
  | UserChange
  | OtpDeviceChange
  | ReplaceOtpDeviceChange
  | RevokeCertificateChange
  | IssueOtpDeviceChange
  | StandardCredentialsChange
  | IssueRegistrationCredentialsChange
  | RegisterCertificateChange
  | StartTokenReissueChange
  | CancelTokenRegistrationChange
  | ProcessActionChange;

export const CHANGE_MODELS = [...new Set(Object.values(CHANGE_CLASSES))];

/**
 * The change as the class its type validates with. class-transformer's own discriminator throws on
 * a null body; this leaves anything that is not an object for `@IsObject` to refuse, and gives an
 * unknown type the base class, whose `type` rule names it.
 */
export function toChangeInstance({ value }: { value: unknown }): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const type = (value as { type?: unknown }).type;
  const model =
    typeof type === 'string' && Object.hasOwn(CHANGE_CLASSES, type)
      ? CHANGE_CLASSES[type as ChangeType]
      : ChangeBase;
  return plainToInstance(model, value);
}

/** The OpenAPI schema of a change: one of the classes, told apart by `type`. */
export const CHANGE_SCHEMA = {
  oneOf: CHANGE_MODELS.map((model) => ({ $ref: getSchemaPath(model) })),
  discriminator: {
    propertyName: 'type',
    mapping: Object.fromEntries(
      Object.entries(CHANGE_CLASSES).map(([name, model]) => [name, getSchemaPath(model)]),
    ),
  },
};
