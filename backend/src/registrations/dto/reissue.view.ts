import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REISSUE_REASONS,
  REISSUE_STATUSES,
  type ReissueReason,
  type ReissueState,
  type ReissueStatus,
} from '@qoltanba/workflows/domain';
import { RegistrationHolderView, RegistrationTokenView, toHolderView } from './registration.view.js';

/** A reissue as the wizard shows it; once REGISTERING, the wizard continues in `registrationId`. */
export class ReissueView {
  @ApiProperty() reissueId!: string;
  @ApiProperty({ enum: REISSUE_STATUSES, enumName: 'ReissueStatus' }) status!: ReissueStatus;
  @ApiProperty({ enum: REISSUE_REASONS, enumName: 'ReissueReason' }) reason!: ReissueReason;
  @ApiProperty({ enum: ['CLIENT', 'MANAGER'] }) startedBy!: 'CLIENT' | 'MANAGER';
  @ApiProperty({ type: RegistrationHolderView }) holder!: RegistrationHolderView;
  @ApiPropertyOptional({ type: RegistrationTokenView, nullable: true }) token!: RegistrationTokenView | null;
  @ApiProperty({ type: [String], description: 'Serial numbers of the certificates it revoked' })
  revoked!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) registrationId!: string | null;
  @ApiProperty() startedAt!: string;
  @ApiProperty() expiresAt!: string;
}

export class OpenedReissueView {
  @ApiProperty({
    description: 'Send as X-Registration-Key; the same key reaches the registration that follows',
  })
  accessKey!: string;
  @ApiProperty() accessExpiresAt!: string;
  @ApiProperty({ type: ReissueView }) reissue!: ReissueView;
}

export class ReissueSummaryView {
  @ApiProperty() reissueId!: string;
  @ApiProperty({ enum: REISSUE_STATUSES, enumName: 'ReissueStatus' }) status!: ReissueStatus;
  @ApiProperty() open!: boolean;
  @ApiProperty({ enum: REISSUE_REASONS, enumName: 'ReissueReason' }) reason!: ReissueReason;
  @ApiProperty({ description: 'CLIENT or MANAGER:<staff id>' }) startedBy!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) registrationId!: string | null;
  @ApiProperty() startedAt!: string;
  @ApiProperty() updatedAt!: string;
}

export function toReissueView(state: ReissueState): ReissueView {
  return {
    reissueId: state.reissueId,
    status: state.status,
    reason: state.reason,
    startedBy: state.startedBy.kind,
    holder: toHolderView(state.holder),
    token: state.token,
    revoked: state.revoked,
    registrationId: state.registrationId,
    startedAt: state.startedAt,
    expiresAt: state.expiresAt,
  };
}
