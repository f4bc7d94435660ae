import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcessEvent } from './process-event.entity.js';
import { ProcessProjectionService } from './process-projection.service.js';
import { ProcessRecord } from './process-record.entity.js';
import { ProcessTimelineService } from './process-timeline.service.js';

/** The shared read model of processes of every kind: each process's projection writes through it. */
@Module({
  imports: [TypeOrmModule.forFeature([ProcessRecord, ProcessEvent])],
  providers: [ProcessProjectionService, ProcessTimelineService],
  exports: [ProcessProjectionService, ProcessTimelineService],
})
export class ProcessesModule {}
