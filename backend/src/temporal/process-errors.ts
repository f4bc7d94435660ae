/**
 * What a call to a process can end in, apart from its answer: transport-neutral, so each feature
 * says in its own words (and its own status table) what a missing, finished or refusing process
 * means for its callers.
 */
export class ProcessCallError extends Error {}

/** No process with that workflow id has ever run. */
export class ProcessNotFound extends ProcessCallError {
  constructor(readonly workflowId: string) {
    super(`No process ${workflowId}.`);
    this.name = 'ProcessNotFound';
  }
}

/** The process has ended and takes no more updates or signals. */
export class ProcessFinished extends ProcessCallError {
  constructor(
    readonly workflowId: string,
    readonly status: string,
  ) {
    super(`Process ${workflowId} has ended (${status}).`);
    this.name = 'ProcessFinished';
  }
}

/** The process refused an update: its stable code, its message, and the field concerned. */
export class ProcessRefusal extends ProcessCallError {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProcessRefusal';
  }
}

/** Temporal did not answer in time, or at all; nothing was changed. */
export class ProcessEngineUnavailable extends ProcessCallError {
  constructor(cause: unknown) {
    super('The process engine is not answering.', { cause });
    this.name = 'ProcessEngineUnavailable';
  }
}
