import { Injectable } from '@nestjs/common';
import { applicationWorkflow } from '@qoltanba/workflows';
import { ApplicationRejectionCode, type ApplicationState } from '@qoltanba/workflows/domain';
import {
  applicationReadyUpdate,
  applicationStateQuery,
  applicationWorkflowId,
  type ApplicationInput,
} from '@qoltanba/workflows/messages';
import type { UpdateDefinition } from '@temporalio/common';
import { FeatureError } from '../common/errors/feature-error.js';
import { inFeatureTerms } from '../temporal/in-feature-terms.js';
import { ProcessClient } from '../temporal/process-client.js';
import { ApplicationsErrorCode } from './applications-error-code.js';

/** The application's process in the API's words, as the documents' client does for payments. */
@Injectable()
export class ApplicationWorkflowClient {
  constructor(private readonly processes: ProcessClient) {}

  /** Starts the workflow and answers once its first state is projected; a repeat joins it. */
  async start(input: ApplicationInput): Promise<ApplicationState> {
    const started = await this.processes
      .startWithUpdate(
        applicationWorkflow,
        { workflowId: applicationWorkflowId(input.applicationId), args: [input] },
        applicationReadyUpdate,
      )
      .catch(inApplicationTerms);
    return started ?? this.state(input.applicationId);
  }

  state(applicationId: string): Promise<ApplicationState> {
    return this.processes
      .query(applicationWorkflowId(applicationId), applicationStateQuery)
      .catch(inApplicationTerms);
  }

  update<A>(
    applicationId: string,
    update: UpdateDefinition<ApplicationState, [A]>,
    arg: A,
  ): Promise<ApplicationState> {
    return this.processes.update(applicationWorkflowId(applicationId), update, arg).catch(inApplicationTerms);
  }
}

const inApplicationTerms = inFeatureTerms({
  notFound: () => applicationNotFound(),
  finished: {
    code: ApplicationRejectionCode.WRONG_STATUS,
    message: 'The application is final and takes no more actions.',
  },
  unavailable: {
    code: ApplicationsErrorCode.ENGINE_UNAVAILABLE,
    message: 'The application engine is not answering; nothing was changed. Please try again.',
  },
});

export function applicationNotFound(): FeatureError {
  return new FeatureError(ApplicationsErrorCode.NOT_FOUND, 'No such application.', { field: 'id' });
}
