export { type ChaosOptions, type ChaosReport, runChaos } from './chaos-run.js';
export { type ChaosVerdict } from './chaos-verdict.js';
export { FAULT_KINDS, type FaultKind, type FaultRecord } from './faults.js';
export { type AnswerTally } from './outage-tolerant-api.js';
export { type ChaosCluster, startChaosCluster } from './chaos-cluster.js';
