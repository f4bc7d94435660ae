import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CHANNELS, SIGNATURE_RIGHTS, type Channel, type SignatureRight } from '@qoltanba/workflows/domain';
import { STAFF_ROLES, type StaffRole } from '../../access/identity.js';

export class ClientPrincipalView {
  @ApiProperty({ enum: ['CLIENT'] }) kind!: 'CLIENT';
  @ApiProperty() userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel', description: 'Fixed at log-in' }) channel!: Channel;
  @ApiProperty({ enum: SIGNATURE_RIGHTS, enumName: 'SignatureRight' }) signatureRight!: SignatureRight;
  @ApiProperty({
    description:
      'Whether the user may prepare documents and applications: any signer, and a user without a signing right where the organization allows it',
  })
  mayPrepare!: boolean;
}

export class StaffPrincipalView {
  @ApiProperty({ enum: ['STAFF'] }) kind!: 'STAFF';
  @ApiProperty() staffId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
}

/** Who the session belongs to and how long it lives. */
@ApiExtraModels(ClientPrincipalView, StaffPrincipalView)
export class SessionView {
  @ApiProperty({
    description: 'CLIENT (with its channel, fixed at log-in) or STAFF (with its role)',
    oneOf: [{ $ref: getSchemaPath(ClientPrincipalView) }, { $ref: getSchemaPath(StaffPrincipalView) }],
    discriminator: {
      propertyName: 'kind',
      mapping: { CLIENT: getSchemaPath(ClientPrincipalView), STAFF: getSchemaPath(StaffPrincipalView) },
    },
  })
  principal!: ClientPrincipalView | StaffPrincipalView;

  @ApiProperty({ description: 'True after a log-in with a temporary or issued password' })
  passwordChangeRequired!: boolean;

  @ApiPropertyOptional({
    description:
      'Only in log-in and password-change answers; also in the qoltanba_csrf cookie. Send it as X-CSRF-Token.',
  })
  csrfToken?: string;

  @ApiProperty({ description: 'The session ends after this many seconds without a request' })
  idleTimeoutSeconds!: number;

  @ApiProperty({ description: 'The session ends at this time however active it is' })
  expiresAt!: string;
}
