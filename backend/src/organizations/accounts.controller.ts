import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { AccountBalancesService } from './account-balances.service.js';
import { AccountStatementsService } from './account-statements.service.js';
import { AccountStatementView, StatementParams, StatementQuery } from './dto/account-statement.dto.js';
import { AccountView } from './dto/account.view.js';

@ApiTags('accounts')
@ClientAccess()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly balances: AccountBalancesService,
    private readonly statements: AccountStatementsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AccountView] })
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: "The organization's accounts with their balances from the bank's core" })
  list(@CurrentIdentity() identity: ClientIdentity): Promise<AccountView[]> {
    return this.balances.listWithBalances(identity.organizationId);
  }

  @Get(':iban/statement')
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: "The latest entries of one of the organization's accounts, newest first" })
  @ApiOkResponse({ type: AccountStatementView })
  @ApiNotFoundResponse({ description: 'ORG_ACCOUNT_NOT_FOUND: not an account of this organization' })
  statement(
    @CurrentIdentity() identity: ClientIdentity,
    @Param() { iban }: StatementParams,
    @Query() { limit }: StatementQuery,
  ): Promise<AccountStatementView> {
    return this.statements.statement(identity, iban, limit);
  }
}
