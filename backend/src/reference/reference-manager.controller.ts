import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffAccess } from '../access/access.decorators.js';
import { Audited } from '../audit/audited-action.interceptor.js';
import { DigitsParam } from '../common/validation/path-params.js';
import { PutBankDto, PutKbkDto, PutTaxOfficeDto } from './dto/reference-edits.dto.js';
import { BankView, KbkView, TaxOfficeView } from './dto/reference.views.js';
import { PaymentReferenceService } from './payment-reference.service.js';
import { ReferenceEditingService } from './reference-editing.service.js';

/**
 * The reference data payments are checked against, kept by senior managers (a wrong BIC sends money
 * astray, so the change is theirs and audited). Every staff member may read it.
 */
@ApiTags('manager')
@StaffAccess('SENIOR_MANAGER')
@Controller('manager/reference')
export class ReferenceManagerController {
  constructor(
    private readonly editing: ReferenceEditingService,
    private readonly reference: PaymentReferenceService,
  ) {}

  @Get('kbk')
  @ApiOkResponse({ type: [KbkView] })
  @ApiOperation({ summary: 'Every KBK, retired ones included' })
  listKbk(): Promise<KbkView[]> {
    return this.reference.listKbk(true);
  }

  @Get('tax-offices')
  @ApiOkResponse({ type: [TaxOfficeView] })
  @ApiOperation({ summary: 'Every tax office, retired ones included' })
  listTaxOffices(): Promise<TaxOfficeView[]> {
    return this.reference.listTaxOffices(true);
  }

  @Put('banks/:id')
  @Audited('REFERENCE_BANK_PUT', 'BANK')
  @ApiOkResponse({ type: BankView })
  @ApiOperation({ summary: 'Add or correct a bank of the directory, by its IBAN bank code' })
  putBank(@DigitsParam('id', 3) bankCode: string, @Body() dto: PutBankDto): Promise<BankView> {
    return this.editing.putBank(bankCode, dto);
  }

  @Delete('banks/:id')
  @HttpCode(204)
  @Audited('REFERENCE_BANK_REMOVE', 'BANK')
  @ApiNoContentResponse()
  removeBank(@DigitsParam('id', 3) bankCode: string): Promise<void> {
    return this.editing.removeBank(bankCode);
  }

  @Put('kbk/:id')
  @Audited('REFERENCE_KBK_PUT', 'KBK')
  @ApiOkResponse({ type: KbkView })
  @ApiOperation({ summary: 'Add, reword or retire a budget classification code' })
  putKbk(@DigitsParam('id', 6) code: string, @Body() dto: PutKbkDto): Promise<KbkView> {
    return this.editing.putKbk(code, dto);
  }

  @Put('tax-offices/:id')
  @Audited('REFERENCE_TAX_OFFICE_PUT', 'TAX_OFFICE')
  @ApiOkResponse({ type: TaxOfficeView })
  @ApiOperation({ summary: 'Add, rename or retire a state revenue office, by its BIN' })
  putTaxOffice(@DigitsParam('id', 12) bin: string, @Body() dto: PutTaxOfficeDto): Promise<TaxOfficeView> {
    return this.editing.putTaxOffice(bin, dto);
  }
}
