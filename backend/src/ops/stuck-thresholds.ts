import { PROCESS_TYPES, type ProcessType } from '@qoltanba/workflows/domain';

/** How long one step of one kind of process may wait on the system before it is stuck. */
export interface StepThreshold {
  type: ProcessType;
  status: string;
  seconds: number;
}

/**
 * Steps that wait on the bank for longer than a call's retries, by their nature: an interbank
 * payment is executed in the bank's clearing cycle, an application is worked on by people at the
 * bank. Everything else waiting on the system is stuck after OPS_STUCK_AFTER_SECONDS.
 */
export const DEFAULT_STEP_THRESHOLDS: readonly StepThreshold[] = [
  { type: 'payment', status: 'ACCEPTED', seconds: 6 * 3_600 },
  { type: 'application', status: 'ACCEPTED', seconds: 24 * 3_600 },
  { type: 'application', status: 'IN_PROGRESS', seconds: 3 * 24 * 3_600 },
];

const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3_600, d: 86_400 };
const ENTRY = /^([a-z-]+):([A-Z_]+)=(\d{1,6})([smhd])$/;

/**
 * OPS_STUCK_THRESHOLDS, e.g. `payment:ACCEPTED=4h,token-registration:ISSUING=10m`: each entry
 * replaces the default for its step. Throws a message naming the entry it cannot read.
 */
export function parseStepThresholds(text: string): StepThreshold[] {
  const byStep = new Map(DEFAULT_STEP_THRESHOLDS.map((step) => [`${step.type}:${step.status}`, step]));
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = ENTRY.exec(entry);
    if (!match) throw new Error(`"${entry}" is not kind:STATUS=<number><s|m|h|d>`);
    const [, type, status, amount, unit] = match;
    if (!(PROCESS_TYPES as readonly string[]).includes(type!))
      throw new Error(`"${entry}": no kind of process is called ${type}`);
    const seconds = Number(amount) * UNITS[unit!]!;
    if (seconds < 1) throw new Error(`"${entry}": a threshold is at least a second`);
    byStep.set(`${type}:${status}`, { type: type as ProcessType, status: status!, seconds });
  }
  return [...byStep.values()];
}
