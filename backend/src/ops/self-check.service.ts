import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Client, WorkflowFailedError } from '@temporalio/client';
import { FeatureError } from '../common/errors/feature-error.js';
import { AppLogger } from '../logging/app-logger.js';
import { platformSelfCheck } from '@qoltanba/workflows';
import { SELF_CHECK_WORKFLOW_PREFIX, type SelfCheckResult } from '@qoltanba/workflows/messages';
import { TimeoutError, withTimeout } from '../common/async/with-timeout.js';
import { AppConfig } from '../config/app-config.js';
import { OpsErrorCode } from './ops-error-code.js';

/** How long an operator waits for the answer before being told no worker picked it up. */
const SELF_CHECK_WAIT_MS = 15_000;

/** Runs a self-check workflow and waits for its result: the end-to-end proof the platform works. */
@Injectable()
export class SelfCheckService {
  constructor(
    private readonly temporal: Client,
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {}

  async run(): Promise<SelfCheckResult & { workflowId: string }> {
    const workflowId = `${SELF_CHECK_WORKFLOW_PREFIX}${randomUUID()}`;
    const handle = await this.temporal.workflow
      .start(platformSelfCheck, {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        // Nobody needs a self-check that started minutes late: Temporal drops it after a minute.
        workflowExecutionTimeout: '1 minute',
      })
      .catch((error: unknown) => {
        this.logger.warn({ err: error, workflowId }, 'self-check not started');
        throw new FeatureError(OpsErrorCode.TEMPORAL_UNAVAILABLE, 'Temporal is unreachable.');
      });
    try {
      return { workflowId, ...(await withTimeout(handle.result(), SELF_CHECK_WAIT_MS)) };
    } catch (error) {
      if (error instanceof TimeoutError) {
        throw new FeatureError(
          OpsErrorCode.SELF_CHECK_TIMED_OUT,
          'The self-check did not finish in time; is a worker running?',
          { workflowId },
        );
      }
      if (error instanceof WorkflowFailedError) {
        throw new FeatureError(OpsErrorCode.SELF_CHECK_FAILED, 'The self-check failed.', {
          workflowId,
        });
      }
      throw error;
    }
  }
}
