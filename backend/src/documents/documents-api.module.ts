import { Module } from '@nestjs/common';
import { DocumentChangesService } from './document-changes.service.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsModule } from './documents.module.js';

/**
 * The documents HTTP API and its live change stream (the API process only): workers share the
 * documents services but serve no HTTP, so they open no LISTEN connection.
 */
@Module({
  imports: [DocumentsModule],
  controllers: [DocumentsController],
  providers: [DocumentChangesService],
})
export class DocumentsApiModule {}
