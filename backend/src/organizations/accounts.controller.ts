import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../auth/access.decorators.js';
import { RequiresChannelFunction } from '../auth/channel-function.decorator.js';
import type { ClientIdentity } from '../auth/identity.js';
import { AccountBalancesService } from './account-balances.service.js';
import { AccountView } from './dto/account.view.js';

@ApiTags('accounts')
@ClientAccess()
@Controller('accounts')
export class AccountsController {
  constructor(private readonly balances: AccountBalancesService) {}

  @Get()
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: "The organization's accounts with their balances from the bank's core" })
  list(@CurrentIdentity() identity: ClientIdentity): Promise<AccountView[]> {
    return this.balances.listWithBalances(identity.organizationId);
  }
}
