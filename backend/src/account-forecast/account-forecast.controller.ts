import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { StatementParams } from '../organizations/dto/account-statement.dto.js';
import { AccountForecastService } from './account-forecast.service.js';
import { AccountForecastView } from './dto/account-forecast.view.js';

@ApiTags('accounts')
@ClientAccess()
@Controller('accounts')
export class AccountForecastController {
  constructor(private readonly forecasts: AccountForecastService) {}

  @Get(':iban/forecast')
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({
    summary: 'The available balance day by day as the payments on their way leave the account',
  })
  @ApiOkResponse({ type: AccountForecastView })
  @ApiNotFoundResponse({ description: 'ORG_ACCOUNT_NOT_FOUND: not an account of this organization' })
  forecast(
    @CurrentIdentity() identity: ClientIdentity,
    @Param() { iban }: StatementParams,
  ): Promise<AccountForecastView> {
    return this.forecasts.forecast(identity, iban);
  }
}
