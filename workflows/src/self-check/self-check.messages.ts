/** Workflow id prefix; the rest is the id the API generated, so a retried request finds the same run. */
export const SELF_CHECK_WORKFLOW_PREFIX = 'self-check-';

export interface SelfCheckResult {
  /** The workflow id, also the primary key of the row the activity wrote. */
  checkId: string;
  /** Identity of the worker process that ran the activity (pid@host). */
  workerIdentity: string;
  /** The database's clock when the row was written: proof the activity reached PostgreSQL. */
  recordedAt: string;
}
