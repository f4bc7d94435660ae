import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { BeneficiaryView } from '../../documents/dto/document.view.js';

/** Someone the organization has paid, as its latest payment to them named them. */
export class PastBeneficiaryView {
  @ApiProperty({ type: BeneficiaryView }) beneficiary!: BeneficiaryView;
  @ApiProperty({ description: 'The KNP of the latest payment to them' }) knp!: string;
  @ApiProperty({ description: 'The purpose of the latest payment to them' }) purpose!: string;
  @ApiProperty({ description: 'When they were last paid (the document was created)' }) lastPaidAt!: string;
}

export class BeneficiarySearchQuery {
  @ApiPropertyOptional({ description: 'Part of the name, BIN/IIN or IBAN' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
