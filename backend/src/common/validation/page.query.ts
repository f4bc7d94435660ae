import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DecimalInteger } from './decimal-integer.js';

/** A page of a list: every paged list of the API takes these two. */
export class PageQuery {
  /** Far beyond any list here; it keeps the row offset within PostgreSQL's bigint. */
  @ApiPropertyOptional({ default: 1, maximum: 1_000_000 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ default: 20, maximum: 100 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
