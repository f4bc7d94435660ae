import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller.js';
import { DocumentsModule } from './documents.module.js';

/** The documents HTTP API (the API process only): workers share the documents services, not HTTP. */
@Module({
  imports: [DocumentsModule],
  controllers: [DocumentsController],
})
export class DocumentsApiModule {}
