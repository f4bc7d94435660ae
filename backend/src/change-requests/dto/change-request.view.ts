import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANGE_REQUEST_EVENTS,
  CHANGE_REQUEST_STATUSES,
  CHANGE_TYPES,
  type ChangeRequestEvent,
  type ChangeRequestStatus,
  type ChangeType,
} from '@qoltanba/workflows/domain';

export class StaffActorView {
  @ApiProperty() staffId!: string;
  @ApiProperty() name!: string;
}

/** One field the change sets: its value now and after (null: absent, e.g. a new user). */
export class ChangeDifferenceView {
  @ApiProperty({ example: 'users[0].signatureRight' }) field!: string;
  @ApiProperty({ nullable: true, type: String }) before!: string | null;
  @ApiProperty({ nullable: true, type: String }) after!: string | null;
}

export class ChangeFailureView {
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ nullable: true, type: String }) field!: string | null;
}

export class ChangeRequestEventView {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: CHANGE_REQUEST_EVENTS }) event!: ChangeRequestEvent;
  @ApiProperty({ enum: CHANGE_REQUEST_STATUSES }) status!: ChangeRequestStatus;
  @ApiProperty() at!: string;
  @ApiPropertyOptional({ type: StaffActorView }) actor?: StaffActorView;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
}

/** A change request in a list. */
export class ChangeRequestSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CHANGE_TYPES }) type!: ChangeType;
  @ApiProperty({ enum: CHANGE_REQUEST_STATUSES }) status!: ChangeRequestStatus;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null until an onboarding is applied' })
  organizationName!: string | null;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: StaffActorView }) maker!: StaffActorView;
  @ApiProperty({ type: StaffActorView, nullable: true }) checker!: StaffActorView | null;
  @ApiProperty() exempt!: boolean;
  @ApiProperty() submittedAt!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
}

/**
 * One change request as a checker sees it: the exact difference it makes to the client now, and a
 * token of that view that an approval must bring back.
 */
export class ChangeRequestView extends ChangeRequestSummaryView {
  @ApiProperty() revision!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The change as submitted' })
  change!: Record<string, unknown>;
  @ApiProperty({ type: [ChangeDifferenceView] }) differences!: ChangeDifferenceView[];
  @ApiProperty({
    description: 'SHA-256 of this revision and its differences: approving needs the token of what was seen',
  })
  reviewToken!: string;
  @ApiProperty({ description: 'Whether the caller may approve or reject it (pending, and not theirs)' })
  mayCheck!: boolean;
  @ApiProperty({ nullable: true, type: String }) rejectionReason!: string | null;
  @ApiProperty({ type: ChangeFailureView, nullable: true }) failure!: ChangeFailureView | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Ids of what it made',
  })
  outcome!: Record<string, unknown> | null;
  @ApiProperty({
    type: [String],
    description: 'PIN envelopes its maker may still print (each once), e.g. `user-0`',
  })
  envelopes!: string[];
  @ApiProperty({ type: [ChangeRequestEventView] }) timeline!: ChangeRequestEventView[];
}

export class ChangeCheckingSettingsView {
  @ApiProperty({ description: 'Hours a request waits for its checker before it expires' })
  expiryHours!: number;
  @ApiProperty({ enum: CHANGE_TYPES, isArray: true, description: 'Types applied without a checker' })
  exemptTypes!: ChangeType[];
  @ApiProperty({ enum: CHANGE_TYPES, isArray: true, description: 'Types the bank may exempt' })
  exemptibleTypes!: ChangeType[];
}

/** What the maker prints for the client, once: the new device's cells and PIN or its provisioning. */
export class HandoverView {
  @ApiProperty({ example: 'user-0' }) name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) contents!: Record<string, unknown>;
}
