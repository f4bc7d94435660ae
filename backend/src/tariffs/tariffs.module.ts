import { Module } from '@nestjs/common';
import { ProcessesModule } from '../processes/processes.module.js';
import { ClientTariffsService } from './client-tariffs.service.js';
import { FeeRunProjectionService } from './fee-run-projection.service.js';
import { TariffChargesService } from './tariff-charges.service.js';
import { TariffsController } from './tariffs.controller.js';

/** The monthly fee: the charges (worker) and the managers' view of them (API). */
@Module({
  imports: [ProcessesModule],
  controllers: [TariffsController],
  providers: [TariffChargesService, FeeRunProjectionService, ClientTariffsService],
  exports: [TariffChargesService, FeeRunProjectionService],
})
export class TariffsModule {}
