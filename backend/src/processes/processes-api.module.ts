import { Module } from '@nestjs/common';
import { ProcessChangesService } from './process-changes.service.js';
import { ProcessesController } from './processes.controller.js';
import { ProcessesModule } from './processes.module.js';
import { ProcessesQueryService } from './processes-query.service.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';

/**
 * The processes' HTTP API and live change stream (the API process only): workers project through
 * ProcessesModule but serve no HTTP, so they open no LISTEN connection.
 */
@Module({
  imports: [ProcessesModule, OrganizationsModule],
  controllers: [ProcessesController],
  providers: [ProcessChangesService, ProcessesQueryService],
})
export class ProcessesApiModule {}
