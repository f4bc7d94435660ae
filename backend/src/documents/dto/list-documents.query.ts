import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentStatus,
  type DocumentType,
} from '@qoltanba/workflows/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PagedPeriodQuery } from '../../common/validation/paged-period.query.js';

export class ListDocumentsQuery extends PagedPeriodQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus;

  @ApiPropertyOptional({ enum: DOCUMENT_TYPES })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  type?: DocumentType;
}
