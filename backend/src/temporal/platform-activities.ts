import type { INestApplicationContext } from '@nestjs/common';
import type { PlatformActivities } from '@qoltanba/workflows/activities';
import { createSelfCheckActivities } from '../ops/self-check.activities.js';
import { SelfCheckRecorder } from '../ops/self-check-recorder.js';

/** Every activity the worker hosts, each built by its feature's factory over injected services. */
export function createPlatformActivities(
  app: INestApplicationContext,
  workerIdentity: string,
): PlatformActivities {
  return {
    ...createSelfCheckActivities(app.get(SelfCheckRecorder), workerIdentity),
  };
}
