import type { DeadlinePolicy } from './document-state.js';

/**
 * Kazakhstan keeps one time zone, UTC+5, without daylight saving (since 1 March 2024): the end of a
 * value date is 23:59:59.999 there.
 */
const ALMATY_OFFSET = '+05:00';

/** The instant after which a document without a complete set of signatures expires. */
export function computeDeadline(policy: DeadlinePolicy, valueDate: string, createdAt: string): string {
  if (policy.kind === 'HOURS_AFTER_CREATION') {
    return new Date(Date.parse(createdAt) + policy.hours * 3_600_000).toISOString();
  }
  return new Date(`${valueDate}T23:59:59.999${ALMATY_OFFSET}`).toISOString();
}

/** Today's date in Asia/Almaty for an instant. */
export function almatyDate(instant: string): string {
  return new Date(Date.parse(instant) + 5 * 3_600_000).toISOString().slice(0, 10);
}
