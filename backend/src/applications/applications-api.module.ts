import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsModule } from './applications.module.js';

/** The applications HTTP API (the API process only). */
@Module({
  // The audit trail of clients' signatures, rejections and withdrawals (`@Audited`).
  imports: [ApplicationsModule, AuditModule],
  controllers: [ApplicationsController],
})
export class ApplicationsApiModule {}
