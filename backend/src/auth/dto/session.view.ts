import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Channel, SignatureRight } from '@qoltanba/workflows/domain';
import type { StaffRole } from '../../access/identity.js';

export interface ClientPrincipalView {
  kind: 'CLIENT';
  userId: string;
  fullName: string;
  organizationId: string;
  organizationName: string;
  channel: Channel;
  signatureRight: SignatureRight;
}

export interface StaffPrincipalView {
  kind: 'STAFF';
  staffId: string;
  fullName: string;
  role: StaffRole;
}

/** Who the session belongs to and how long it lives. */
export class SessionView {
  @ApiProperty({ description: 'CLIENT (with its channel, fixed at log-in) or STAFF (with its role)' })
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
