import type { SelfCheckActivities } from '@qoltanba/workflows/activities';
import type { SelfCheckRecorder } from './self-check-recorder.js';

/** Binds the self-check activity to the injected recorder and this worker's identity. */
export function createSelfCheckActivities(
  recorder: SelfCheckRecorder,
  workerIdentity: string,
): SelfCheckActivities {
  return {
    recordSelfCheck: (checkId) => recorder.record(checkId, workerIdentity),
  };
}
