import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REGISTRATION_STATUSES,
  type RegistrationHolder,
  type RegistrationState,
  type RegistrationStatus,
} from '@qoltanba/workflows/domain';

export class RegistrationHolderView {
  @ApiProperty() name!: string;
  @ApiProperty({ description: '12 digits' }) iin!: string;
  @ApiProperty({ description: "The organization's BIN/IIN, 12 digits" }) bin!: string;
  @ApiProperty() organizationName!: string;
}

export class RegistrationTokenView {
  @ApiProperty() serialNumber!: string;
  @ApiProperty() label!: string;
  @ApiProperty() model!: string;
}

export class RegistrationCertificateView {
  @ApiProperty({ enum: ['SIGNING', 'AUTHENTICATION'] }) purpose!: 'SIGNING' | 'AUTHENTICATION';
  @ApiProperty({ description: 'Hexadecimal, lower case' }) serialNumber!: string;
  @ApiProperty({ description: "DER, base64: what the agent's writeCertificate takes" }) certificate!: string;
  @ApiProperty() notAfter!: string;
}

export class IssuanceRefusalView {
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

/** A registration as the wizard shows it: the step it waits for and what the agent needs for it. */
export class RegistrationView {
  @ApiProperty() registrationId!: string;
  @ApiProperty({
    description:
      'What the agent labels the key pairs with (`<tag>-sign`, `<tag>-auth`), so a repeated step finds them',
  })
  registrationTag!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status!: RegistrationStatus;
  @ApiProperty() validityDays!: number;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The reissue that started this registration (its token is formatted, its password set)',
  })
  reissueId!: string | null;
  @ApiProperty({ type: RegistrationHolderView }) holder!: RegistrationHolderView;
  @ApiPropertyOptional({ type: RegistrationTokenView, nullable: true }) token!: RegistrationTokenView | null;
  @ApiProperty({ type: [RegistrationCertificateView] }) certificates!: RegistrationCertificateView[];
  @ApiPropertyOptional({ type: IssuanceRefusalView, nullable: true }) refusal!: IssuanceRefusalView | null;
  @ApiProperty() startedAt!: string;
  @ApiProperty({ description: 'An unfinished registration expires then' }) expiresAt!: string;
}

export class OpenedRegistrationView {
  @ApiProperty({
    description: 'Send as X-Registration-Key with every later step; valid for REGISTRATION_ACCESS_MINUTES',
  })
  accessKey!: string;
  @ApiProperty() accessExpiresAt!: string;
  @ApiProperty({ type: RegistrationView }) registration!: RegistrationView;
}

/** A registration in a manager's list of a user's registrations. */
export class RegistrationSummaryView {
  @ApiProperty() registrationId!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' }) status!: RegistrationStatus;
  @ApiProperty() open!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) tokenSerial!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reissueId!: string | null;
  @ApiProperty() startedAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class RegistrationCredentialsView {
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'The registration user ID for the acceptance act' }) login!: string;
  @ApiProperty() validityDays!: number;
}

/** The key-pair labels' tag: the registration id's first 24 hex digits (labels hold 32 characters). */
export function registrationTag(registrationId: string): string {
  return registrationId.replace(/-/g, '').slice(0, 24);
}

/** The holder as the wizard shows them: the bank's ids (user, organization) stay inside. */
export function toHolderView(holder: RegistrationHolder): RegistrationHolderView {
  return { name: holder.name, iin: holder.iin, bin: holder.bin, organizationName: holder.organizationName };
}

export function toRegistrationView(state: RegistrationState): RegistrationView {
  return {
    registrationId: state.registrationId,
    registrationTag: registrationTag(state.registrationId),
    status: state.status,
    validityDays: state.validityDays,
    reissueId: state.reissueId,
    holder: toHolderView(state.holder),
    token: state.token,
    certificates: state.certificates.map(({ purpose, serialNumber, certificate, notAfter }) => ({
      purpose,
      serialNumber,
      certificate,
      notAfter,
    })),
    refusal: state.refusal,
    startedAt: state.startedAt,
    expiresAt: state.expiresAt,
  };
}
