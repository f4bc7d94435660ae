import { SimAccount } from '../bank-gateway/simulator/entities/sim-account.entity.js';
import { SimLedgerEntry } from '../bank-gateway/simulator/entities/sim-ledger-entry.entity.js';
import { SimPayment } from '../bank-gateway/simulator/entities/sim-payment.entity.js';
import { SimRejectionRule } from '../bank-gateway/simulator/entities/sim-rejection-rule.entity.js';
import { WorkerHeartbeat } from '../health/worker-heartbeat.entity.js';
import { SelfCheck } from '../ops/self-check.entity.js';

/** Every TypeORM entity, listed explicitly: no globbing, so the API, worker and CLI see the same set. */
export const entities = [
  WorkerHeartbeat,
  SelfCheck,
  SimAccount,
  SimPayment,
  SimLedgerEntry,
  SimRejectionRule,
];
