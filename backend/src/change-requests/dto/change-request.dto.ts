import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CHANGE_REQUEST_STATUSES,
  CHANGE_TYPES,
  type ChangeRequestStatus,
  type ChangeType,
} from '@qoltanba/workflows/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DecimalInteger } from '../../common/validation/decimal-integer.js';
import { SeenRevision } from '../../common/validation/seen-revision.js';
import { type AnyChange, CHANGE_MODELS, CHANGE_SCHEMA, toChangeInstance } from './change.dto.js';

@ApiExtraModels(...CHANGE_MODELS)
export class SubmitChangeRequestDto {
  @ApiProperty(CHANGE_SCHEMA)
  @IsObject()
  @ValidateNested()
  @Transform(toChangeInstance)
  change!: AnyChange;
}

@ApiExtraModels(...CHANGE_MODELS)
export class AmendChangeRequestDto extends SubmitChangeRequestDto {
  @SeenRevision('The revision being amended (as last seen)')
  revision!: number;
}

export class ApproveChangeRequestDto {
  @ApiProperty({ description: 'The `reviewToken` of the view the checker approves: what they saw' })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'reviewToken must be the token the view answered' })
  reviewToken!: string;
}

export class RejectChangeRequestDto {
  @ApiProperty({ example: 'The IIN does not match the passport copy' })
  @IsString()
  @Length(3, 500)
  reason!: string;
}

export class ListChangeRequestsQuery {
  @ApiPropertyOptional({ enum: CHANGE_REQUEST_STATUSES })
  @IsOptional()
  @IsIn(CHANGE_REQUEST_STATUSES)
  status?: ChangeRequestStatus;
  @ApiPropertyOptional() @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

export class ChangeCheckingSettingsDto {
  @ApiProperty({ minimum: 1, maximum: 720, description: 'Hours a request waits for its checker' })
  @IsInt()
  @Min(1)
  @Max(720)
  expiryHours!: number;

  @ApiProperty({ enum: CHANGE_TYPES, isArray: true, description: 'Only the exemptible types are accepted' })
  @IsArray()
  @ArrayMaxSize(CHANGE_TYPES.length)
  @IsIn(CHANGE_TYPES, { each: true })
  exemptTypes!: ChangeType[];
}

/** The envelopes a change request can hand over. */
const ENVELOPE_NAME = /^(user-\d{1,2}|device|credentials|envelope)$/;

export class EnvelopeParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;

  @ApiProperty({ example: 'user-0', pattern: ENVELOPE_NAME.source })
  @IsString()
  @Matches(ENVELOPE_NAME, {
    message: 'name must be one of the envelopes the request lists',
  })
  name!: string;
}
