import { WorkerHeartbeat } from '../health/worker-heartbeat.entity.js';
import { SelfCheck } from '../ops/self-check.entity.js';

/** Every TypeORM entity, listed explicitly: no globbing, so the API, worker and CLI see the same set. */
export const entities = [WorkerHeartbeat, SelfCheck];
