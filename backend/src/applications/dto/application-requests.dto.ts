import { ApiProperty } from '@nestjs/swagger';
import { FORM_APPLICATION_KINDS, type FormApplicationKind } from '@qoltanba/workflows/domain';
import { IsIn, IsObject, IsString, Length } from 'class-validator';
import { SeenRevision } from '../../common/validation/seen-revision.js';

const CONTENT_DESCRIPTION =
  'The fields of the kind (README, "Applications"): amounts as decimal text ("1250.50"), dates YYYY-MM-DD. ' +
  'The domain validates every rule and names the field of each violation as `content.<path>`.';

export class CreateApplicationDto {
  @ApiProperty({ enum: FORM_APPLICATION_KINDS, enumName: 'FormApplicationKind' })
  @IsIn(FORM_APPLICATION_KINDS)
  kind!: FormApplicationKind;

  @ApiProperty({ type: 'object', additionalProperties: true, description: CONTENT_DESCRIPTION })
  @IsObject()
  content!: Record<string, unknown>;
}

export class EditApplicationDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: CONTENT_DESCRIPTION })
  @IsObject()
  content!: Record<string, unknown>;

  @SeenRevision('The revision this edit was made over (the `revision` of the application as last read)')
  revision!: number;
}

export class ApplicationReasonDto {
  @ApiProperty({ example: 'The tender was cancelled' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
