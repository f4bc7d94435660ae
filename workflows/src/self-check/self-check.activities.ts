/** The self-check's activities, as types only: workflow code never imports their implementations. */
import type { SelfCheckResult } from './self-check.messages.js';

export interface SelfCheckActivities {
  /** Writes a row proving the worker reached PostgreSQL; idempotent on the check id. */
  recordSelfCheck(checkId: string): Promise<SelfCheckResult>;
}
