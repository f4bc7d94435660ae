import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ChangeHandoversService } from './change-handovers.service.js';
import { ChangeRequestsController } from './change-requests.controller.js';
import { ChangeRequestsModule } from './change-requests.module.js';
import { ChangeRequestsService } from './change-requests.service.js';

/** The managers' change-request HTTP API (the API process only); the operators' desk uses its service. */
@Module({
  imports: [ChangeRequestsModule, AuditModule],
  controllers: [ChangeRequestsController],
  providers: [ChangeRequestsService, ChangeHandoversService],
  exports: [ChangeRequestsService],
})
export class ChangeRequestsApiModule {}
