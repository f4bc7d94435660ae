import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access.decorators.js';
import { BankView, KbkView, OwnBankView, TaxOfficeView } from './dto/reference.views.js';
import type { KnpCode } from './knp-code.entity.js';
import { PaymentReferenceService } from './payment-reference.service.js';

/** Reference data the web app validates forms with, exactly as the server will. */
@ApiTags('reference')
@Public()
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: PaymentReferenceService) {}

  @Get('knp')
  listKnp(): Promise<KnpCode[]> {
    return this.reference.listKnp();
  }

  @Get('banks')
  @ApiOkResponse({ type: [BankView] })
  listBanks(): Promise<BankView[]> {
    return this.reference.listBanks();
  }

  @Get('kbk')
  @ApiOkResponse({ type: [KbkView] })
  listKbk(): Promise<KbkView[]> {
    return this.reference.listKbk();
  }

  @Get('tax-offices')
  @ApiOkResponse({ type: [TaxOfficeView] })
  listTaxOffices(): Promise<TaxOfficeView[]> {
    return this.reference.listTaxOffices();
  }

  @Get('own-bank')
  @ApiOkResponse({ type: OwnBankView })
  ownBank(): OwnBankView {
    return this.reference.ownBank();
  }
}
