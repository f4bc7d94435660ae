import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { StaffAccess } from '../../../access/access.decorators.js';
import { ExchangeRateView } from '../../exchange-rate.view.js';
import {
  AddApplicationRuleDto,
  ApplicationIdParams,
  ApplicationRuleView,
  CurrencyParams,
  IdParams,
  SetExchangeRateDto,
  SimApplicationView,
} from './dto/application-desk.dto.js';
import { SimApplicationControlService } from './sim-application-control.service.js';

/** Drives the simulated bank's application desk in development and tests; never in production. */
@ApiTags('bank-simulator')
@StaffAccess('MANAGER', 'SENIOR_MANAGER', 'OPERATOR')
@Controller('bank-simulator')
export class BankSimulatorApplicationsController {
  constructor(private readonly control: SimApplicationControlService) {}

  @Get('exchange-rates')
  @ApiOkResponse({ type: [ExchangeRateView] })
  rates(): Promise<ExchangeRateView[]> {
    return this.control.rates();
  }

  @Put('exchange-rates/:currency')
  @ApiOperation({ summary: 'Publish the bank’s buying and selling rate of a currency (KZT per unit)' })
  @ApiOkResponse({ type: ExchangeRateView })
  setRate(@Param() { currency }: CurrencyParams, @Body() dto: SetExchangeRateDto): Promise<ExchangeRateView> {
    return this.control.setRate(currency, dto);
  }

  @Post('application-rules')
  @ApiOperation({ summary: 'Refuse or delay applications (of a kind, on an account)' })
  @ApiCreatedResponse({ type: ApplicationRuleView })
  addRule(@Body() dto: AddApplicationRuleDto): Promise<ApplicationRuleView> {
    return this.control.addRule(dto);
  }

  @Get('application-rules')
  @ApiOkResponse({ type: [ApplicationRuleView] })
  rules(): Promise<ApplicationRuleView[]> {
    return this.control.rules();
  }

  @Delete('application-rules/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  removeRule(@Param() { id }: IdParams): Promise<void> {
    return this.control.removeRule(id);
  }

  @Get('applications')
  @ApiOperation({ summary: 'Applications the bank received, newest first' })
  @ApiOkResponse({ type: [SimApplicationView] })
  applications(): Promise<SimApplicationView[]> {
    return this.control.applications();
  }

  @Get('applications/:applicationId')
  @ApiOkResponse({ type: SimApplicationView })
  application(@Param() { applicationId }: ApplicationIdParams): Promise<SimApplicationView> {
    return this.control.application(applicationId);
  }
}
