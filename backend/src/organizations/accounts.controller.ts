import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ClientAccess, CurrentIdentity } from '../access/access.decorators.js';
import { RequiresChannelFunction } from '../access/channel-function.decorator.js';
import type { ClientIdentity } from '../access/identity.js';
import { AccountBalancesService } from './account-balances.service.js';
import { AccountStatementsService } from './account-statements.service.js';
import {
  AccountStatementView,
  PeriodStatementView,
  StatementExportQuery,
  StatementParams,
  StatementPeriodQuery,
  StatementQuery,
} from './dto/account-statement.dto.js';
import { StatementExportsService } from './statement-exports/statement-exports.service.js';
import { AccountView } from './dto/account.view.js';

@ApiTags('accounts')
@ClientAccess()
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly balances: AccountBalancesService,
    private readonly statements: AccountStatementsService,
    private readonly exports: StatementExportsService,
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

  @Get(':iban/statement/period')
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'The statement for a period: balances, turnovers and entries, oldest first' })
  @ApiOkResponse({ type: PeriodStatementView })
  @ApiNotFoundResponse({ description: 'ORG_ACCOUNT_NOT_FOUND: not an account of this organization' })
  period(
    @CurrentIdentity() identity: ClientIdentity,
    @Param() { iban }: StatementParams,
    @Query() query: StatementPeriodQuery,
  ): Promise<PeriodStatementView> {
    return this.statements.period(identity, iban, query);
  }

  @Get(':iban/statement/export')
  @RequiresChannelFunction('VIEW_ACCOUNTS_AND_STATEMENTS')
  @ApiOperation({ summary: 'The statement for a period as a PDF, an Excel workbook or a 1C exchange file' })
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/plain',
  )
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async export(
    @CurrentIdentity() identity: ClientIdentity,
    @Param() { iban }: StatementParams,
    @Query() query: StatementExportQuery,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(identity, iban, query);
    return new StreamableFile(file.body, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
