import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { BeneficiariesService } from './beneficiaries.service.js';
import { BeneficiarySearchQuery, PastBeneficiaryView } from './dto/beneficiary.view.js';

@ApiTags('beneficiaries')
@ClientAccess()
@Controller('beneficiaries')
export class BeneficiariesController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Get()
  @ApiOkResponse({ type: [PastBeneficiaryView] })
  @RequiresChannelFunction('CREATE_TENGE_PAYMENT')
  @ApiOperation({ summary: 'Whom the organization has paid, latest first, each with its latest payment' })
  list(
    @CurrentIdentity() identity: ClientIdentity,
    @Query() query: BeneficiarySearchQuery,
  ): Promise<PastBeneficiaryView[]> {
    return this.beneficiaries.list(identity, query.search);
  }
}
