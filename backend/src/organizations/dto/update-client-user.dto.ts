import { ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, SIGNATURE_RIGHTS, type Channel, type SignatureRight } from '@qoltanba/workflows/domain';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import type { ClientUserStatus } from '../client-user.entity.js';

export class UpdateClientUserDto {
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

  @ApiPropertyOptional({ enum: ['ACTIVE', 'BLOCKED'] })
  @IsOptional()
  @IsIn(['ACTIVE', 'BLOCKED'])
  status?: ClientUserStatus;
}
