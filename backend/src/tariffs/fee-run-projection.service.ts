import { Injectable } from '@nestjs/common';
import type { FeeRunState } from '@qoltanba/workflows/messages';
import { ProcessProjectionService } from '../processes/process-projection.service.js';

/** Writes each monthly fee run to the shared read model: operators see it among the processes. */
@Injectable()
export class FeeRunProjectionService {
  constructor(private readonly processes: ProcessProjectionService) {}

  async project(state: FeeRunState, writtenAt: string): Promise<void> {
    const { charged, failed, skipped } = state.tally;
    await this.processes.record(
      {
        id: state.processId,
        workflowId: state.runId,
        type: 'tariff-run',
        organizationId: null,
        status: state.status,
        title: `Monthly fee ${state.month} · ${state.date}`,
        awaiting: state.status === 'RUNNING' ? 'SYSTEM' : 'NOBODY',
        writtenAt,
      },
      state.timeline.map((entry) => ({
        ...entry,
        // A run's end says what it charged, a cancelled one's what it had charged so far.
        ...(entry.event === 'DONE' || entry.event === 'CANCELLED'
          ? { details: { charged, failed, skipped } }
          : {}),
      })),
    );
  }
}
