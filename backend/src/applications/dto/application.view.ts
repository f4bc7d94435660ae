import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import {
  APPLICATION_KINDS,
  APPLICATION_STATUSES,
  type ApplicationContent,
  type ApplicationFamily,
  type ApplicationKind,
  type ApplicationStatus,
  type AttachmentRef,
  type Awaiting,
  type Money,
} from '@qoltanba/workflows/domain';
import {
  AWAITING_VIEWS,
  AwaitedUserView,
  RejectionView,
  SignatureView,
} from '../../documents/dto/document.view.js';

export class MoneyView implements Money {
  @ApiProperty({ description: 'Integer minor units of the currency (ISO 4217 exponent)' }) minor!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

export class AttachmentView implements AttachmentRef {
  @ApiProperty() id!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/png', 'image/jpeg'] })
  mediaType!: AttachmentRef['mediaType'];
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'SHA-256 of the bytes (hex): the signature covers the file through it' })
  sha256!: string;
}

export class ApplicationResultView {
  @ApiPropertyOptional({ type: AttachmentView, description: 'The bank’s answer file (a certificate)' })
  file?: AttachmentView;
  @ApiPropertyOptional({ example: '472.000000' }) executedRate?: string;
  @ApiPropertyOptional({ type: MoneyView }) debited?: MoneyView;
  @ApiPropertyOptional({ type: MoneyView }) credited?: MoneyView;
  @ApiPropertyOptional() guaranteeNumber?: string;
  @ApiPropertyOptional() note?: string;
}

export class ApplicationBankView {
  @ApiPropertyOptional({ description: "The bank's reference" }) reference?: string;
  @ApiPropertyOptional({ description: 'The bank’s refusal code (translated by the web app)' })
  reason?: string;
  @ApiPropertyOptional({ type: ApplicationResultView }) result?: ApplicationResultView;
}

export class CancellationLinkView {
  @ApiProperty() applicationId!: string;
  @ApiProperty({ enum: ['RESERVED', 'SENT', 'REFUSED'] }) status!: 'RESERVED' | 'SENT' | 'REFUSED';
}

/** An application as clients see it; amounts as integer minor units with their currency. */
@ApiExtraModels(...Object.values(AWAITING_VIEWS))
export class ApplicationView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: APPLICATION_KINDS, enumName: 'ApplicationKind' }) kind!: ApplicationKind;
  @ApiProperty({ enum: ['SERVICE', 'CURRENCY'] }) family!: ApplicationFamily;
  @ApiProperty({ example: '2026-000017' }) number!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus' }) status!: ApplicationStatus;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'SHA-256 of the canonical content: what a signature must be made over' })
  contentHash!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The content of its kind (`kind` inside), as the domain’s ApplicationContent',
  })
  content!: ApplicationContent;
  @ApiProperty({ type: [SignatureView] }) signatures!: SignatureView[];
  @ApiProperty({
    description: 'What the application waits for next, and from whom',
    oneOf: Object.values(AWAITING_VIEWS).map((view) => ({ $ref: getSchemaPath(view) })),
  })
  awaiting!: Awaiting & { users?: AwaitedUserView[] };
  @ApiProperty() deadline!: string;
  @ApiProperty() authorId!: string;
  @ApiPropertyOptional({ type: RejectionView }) rejection?: RejectionView;
  @ApiProperty({ type: ApplicationBankView }) bank!: ApplicationBankView;
  @ApiPropertyOptional({ type: CancellationLinkView, description: 'The cancellation asked for this one' })
  cancellation?: CancellationLinkView;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}
