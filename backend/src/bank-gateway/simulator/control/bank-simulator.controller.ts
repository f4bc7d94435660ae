import { StaffAccess } from '../../../access/access.decorators.js';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { BankSimulatorControlService } from './bank-simulator-control.service.js';
import {
  SimAccountView,
  AdjustBalanceDto,
  IbanParams,
  OpenAccountDto,
  SetBalanceDto,
} from './dto/account.dto.js';
import { OutageView, StartOutageDto } from './dto/outage.dto.js';
import { DocumentIdParams, ListPaymentsQuery, SimPaymentView } from './dto/payment.dto.js';
import { AddRejectionRuleDto, RejectionRuleView, RuleIdParams } from './dto/rejection-rule.dto.js';
import { StatementQuery, StatementView } from './dto/statement.dto.js';

/** Drives the bank core simulator in development and tests; never registered in production. */
@ApiTags('bank-simulator')
// The bank's own staff drive the simulator (tests and demos act as them); never a client.
@StaffAccess('MANAGER', 'SENIOR_MANAGER', 'OPERATOR')
@Controller('bank-simulator')
export class BankSimulatorController {
  constructor(private readonly control: BankSimulatorControlService) {}

  @Get('outage')
  @ApiOkResponse({ type: OutageView })
  outage(): Promise<OutageView> {
    return this.control.outage();
  }

  @Put('outage')
  @ApiOperation({
    summary: 'Take the bank down: every payment submitted fails (and retries) until it is back',
  })
  @ApiOkResponse({ type: OutageView })
  startOutage(@Body() body: StartOutageDto): Promise<OutageView> {
    return this.control.setOutage(body.reason);
  }

  @Delete('outage')
  @ApiOperation({ summary: 'Bring the bank back' })
  @ApiOkResponse({ type: OutageView })
  endOutage(): Promise<OutageView> {
    return this.control.setOutage(null);
  }

  @Post('accounts')
  @ApiOperation({ summary: 'Open an account at the simulated bank, with an opening balance' })
  @ApiCreatedResponse({ type: SimAccountView })
  openAccount(@Body() body: OpenAccountDto): Promise<SimAccountView> {
    return this.control.openAccount(body);
  }

  @Get('accounts')
  @ApiOkResponse({ type: [SimAccountView] })
  listAccounts(): Promise<SimAccountView[]> {
    return this.control.listAccounts();
  }

  @Get('accounts/:iban')
  @ApiOkResponse({ type: SimAccountView })
  getAccount(@Param() { iban }: IbanParams): Promise<SimAccountView> {
    return this.control.getAccount(iban);
  }

  @Put('accounts/:iban/balance')
  @ApiOperation({ summary: 'Set the balance; the difference is booked as an adjustment' })
  @ApiOkResponse({ type: SimAccountView })
  setBalance(@Param() { iban }: IbanParams, @Body() body: SetBalanceDto): Promise<SimAccountView> {
    return this.control.setBalance(iban, body);
  }

  @Post('accounts/:iban/adjustments')
  @ApiOperation({ summary: 'Credit (positive) or debit (negative) the account by an adjustment' })
  @ApiCreatedResponse({ type: SimAccountView })
  adjustBalance(@Param() { iban }: IbanParams, @Body() body: AdjustBalanceDto): Promise<SimAccountView> {
    return this.control.adjustBalance(iban, body);
  }

  @Post('accounts/:iban/block')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SimAccountView })
  block(@Param() { iban }: IbanParams): Promise<SimAccountView> {
    return this.control.setBlocked(iban, true);
  }

  @Post('accounts/:iban/unblock')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SimAccountView })
  unblock(@Param() { iban }: IbanParams): Promise<SimAccountView> {
    return this.control.setBlocked(iban, false);
  }

  @Get('accounts/:iban/statement')
  @ApiOperation({ summary: 'Ledger entries of the account, newest first' })
  @ApiOkResponse({ type: StatementView })
  statement(@Param() { iban }: IbanParams, @Query() query: StatementQuery): Promise<StatementView> {
    return this.control.statement(iban, query.limit);
  }

  @Post('rejection-rules')
  @ApiOperation({ summary: 'Tell the bank to reject payments from and/or to an account' })
  @ApiCreatedResponse({ type: RejectionRuleView })
  addRejectionRule(@Body() body: AddRejectionRuleDto): Promise<RejectionRuleView> {
    return this.control.addRejectionRule(body);
  }

  @Get('rejection-rules')
  @ApiOkResponse({ type: [RejectionRuleView] })
  listRejectionRules(): Promise<RejectionRuleView[]> {
    return this.control.listRejectionRules();
  }

  @Delete('rejection-rules/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  removeRejectionRule(@Param() { id }: RuleIdParams): Promise<void> {
    return this.control.removeRejectionRule(id);
  }

  @Get('payments')
  @ApiOperation({ summary: 'Payments the bank received, newest first' })
  @ApiOkResponse({ type: [SimPaymentView] })
  listPayments(@Query() query: ListPaymentsQuery): Promise<SimPaymentView[]> {
    return this.control.listPayments(query);
  }

  @Get('payments/:documentId')
  @ApiOkResponse({ type: SimPaymentView })
  getPayment(@Param() { documentId }: DocumentIdParams): Promise<SimPaymentView> {
    return this.control.getPayment(documentId);
  }
}
