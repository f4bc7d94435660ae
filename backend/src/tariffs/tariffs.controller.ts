import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ManagerAccess } from '../access/access.decorators.js';
import { UuidParam } from '../common/validation/path-params.js';
import { ClientTariffsService } from './client-tariffs.service.js';
import { ClientTariffView } from './dto/tariff.view.js';

/** Managers see a client's tariff and what the monthly fee run charged it. */
@ApiTags('manager')
@ManagerAccess()
@Controller('manager')
export class TariffsController {
  constructor(private readonly tariffs: ClientTariffsService) {}

  @Get('organizations/:id/tariff')
  @ApiOkResponse({ type: ClientTariffView })
  @ApiOperation({
    summary: "The client's plan (0 KZT with Standard, 200 KZT without) and its monthly charges",
  })
  tariff(@UuidParam('id') id: string): Promise<ClientTariffView> {
    return this.tariffs.tariffOf(id);
  }
}
