import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OpsProcessesController } from './ops-processes.controller.js';
import { OpsProcessesService } from './ops-processes.service.js';
import { ProcessInspection } from './process-inspection.js';

/** The operations console's API (the API process only): processes of every kind, stuck ones, actions. */
@Module({
  imports: [AuditModule],
  controllers: [OpsProcessesController],
  providers: [OpsProcessesService, ProcessInspection],
})
export class OpsConsoleModule {}
