/**
 * The activities workflows may call, as types only: workflow code never imports their
 * implementations (they live in backend/ and run in the worker's Node context).
 */
import type { SelfCheckResult } from './self-check/self-check.messages.js';

export interface SelfCheckActivities {
  /** Writes a row proving the worker reached PostgreSQL; idempotent on the check id. */
  recordSelfCheck(checkId: string): Promise<SelfCheckResult>;
}

export type PlatformActivities = SelfCheckActivities;
