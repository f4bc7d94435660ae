import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProcessEvent } from './process-event.entity.js';
import type { ProcessTimelineEntry } from './process-snapshot.js';

/** The read port other features use for a process's timeline (none of them queries the tables). */
@Injectable()
export class ProcessTimelineService {
  constructor(@InjectRepository(ProcessEvent) private readonly events: Repository<ProcessEvent>) {}

  /** In order; the caller has already checked that the reader may see this process. */
  async timelineOf(processId: string): Promise<ProcessTimelineEntry[]> {
    const events = await this.events.find({ where: { processId }, order: { seq: 'ASC' } });
    return events.map((event) => ({
      seq: event.seq,
      event: event.event,
      status: event.status,
      at: event.at.toISOString(),
      ...(event.actor ? { actor: event.actor } : {}),
      ...(event.details ? { details: event.details } : {}),
    }));
  }
}
