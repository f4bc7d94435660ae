import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ChangeRequestsApiModule } from '../change-requests/change-requests-api.module.js';
import { HealthModule } from '../health/health.module.js';
import { OpsAuditController } from './ops-audit.controller.js';
import { OpsAuditService } from './ops-audit.service.js';
import { OpsPlatformService } from './ops-platform.service.js';
import { OpsProcessesController } from './ops-processes.controller.js';
import { OpsProcessesService } from './ops-processes.service.js';
import { OpsRequestsController } from './ops-requests.controller.js';
import { ProcessInspection } from './process-inspection.js';

/** The operations console's API (the API process only): processes, stuck ones, actions, audit, platform. */
@Module({
  imports: [AuditModule, HealthModule, ChangeRequestsApiModule],
  controllers: [OpsProcessesController, OpsAuditController, OpsRequestsController],
  providers: [OpsProcessesService, ProcessInspection, OpsAuditService, OpsPlatformService],
})
export class OpsConsoleModule {}
