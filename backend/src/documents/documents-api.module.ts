import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsModule } from './documents.module.js';

/** The documents HTTP API (the API process only): workers share the documents services, not HTTP. */
@Module({
  // The audit trail of clients' signatures, rejections and withdrawals (`@Audited`).
  imports: [DocumentsModule, AuditModule],
  controllers: [DocumentsController],
})
export class DocumentsApiModule {}
