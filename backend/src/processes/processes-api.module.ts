import { Module } from '@nestjs/common';
import { ProcessChangesService } from './process-changes.service.js';
import { ProcessesController } from './processes.controller.js';
import { ProcessesModule } from './processes.module.js';

/**
 * The processes' HTTP API and live change stream (the API process only): workers project through
 * ProcessesModule but serve no HTTP, so they open no LISTEN connection.
 */
@Module({
  imports: [ProcessesModule],
  controllers: [ProcessesController],
  providers: [ProcessChangesService],
})
export class ProcessesApiModule {}
