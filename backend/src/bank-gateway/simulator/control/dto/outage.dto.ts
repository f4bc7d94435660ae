import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class StartOutageDto {
  @ApiProperty({ example: 'core maintenance' }) @IsString() @Length(1, 200) reason!: string;
}

/** Whether the simulated bank is down, since when and why. */
export class OutageView {
  @ApiProperty() down!: boolean;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() since?: string;
}
