import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID, Matches } from 'class-validator';

/** Largest batch one code approves. */
export const MAX_BATCH = 50;

export class BatchChallengeDto {
  @ApiProperty({ type: [String], description: `2 to ${MAX_BATCH} documents awaiting approval` })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_BATCH)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  documentIds!: string[];
}

export class OtpApprovalDto {
  @ApiProperty()
  @IsUUID()
  challengeId!: string;

  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}

export class ApprovalResultView {
  @ApiProperty() documentId!: string;
  @ApiProperty() approved!: boolean;
  @ApiPropertyOptional({ description: 'The document’s status after the approval' }) status?: string;
  @ApiPropertyOptional({ description: 'Why this document was not approved' })
  error?: { code: string; message: string };
}

export class OtpApprovalView {
  @ApiProperty() challengeId!: string;
  @ApiProperty() approved!: number;
  @ApiProperty({ type: [ApprovalResultView] }) results!: ApprovalResultView[];
}
