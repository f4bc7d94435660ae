import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access.decorators.js';
import type { BankDirectoryRow } from './bank-directory-entry.entity.js';
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
  listBanks(): Promise<BankDirectoryRow[]> {
    return this.reference.listBanks();
  }
}
