import { Initial1795299679956 } from './migrations/1795299679956-initial.js';
import { BankSimulator1795301935226 } from './migrations/1795301935226-bank-simulator.js';
import { DocumentEngine1795303000000 } from './migrations/1795303000000-document-engine.js';
import { Pki1795304000000 } from './migrations/1795304000000-pki.js';
import { AuthOtp1795305000000 } from './migrations/1795305000000-auth-otp.js';
import { ProcessReadModel1795306000000 } from './migrations/1795306000000-process-read-model.js';
import { TokenRegistration1795307000000 } from './migrations/1795307000000-token-registration.js';
import { BankSimulatorApplications1795308000000 } from './migrations/1795308000000-bank-simulator-applications.js';
import { Applications1795309000000 } from './migrations/1795309000000-applications.js';
import { ManagerConsole1795310000000 } from './migrations/1795310000000-manager-console.js';
import { BrokenProcesses1795313000000 } from './migrations/1795313000000-broken-processes.js';
import { UserLanguage1795314000000 } from './migrations/1795314000000-user-language.js';
import { StatementDetails1795315000000 } from './migrations/1795315000000-statement-details.js';
import { PaymentCatalogue1795316100000 } from './migrations/1795316100000-payment-catalogue.js';
import { ProcessListOrder1795317000000 } from './migrations/1795317000000-process-list-order.js';
import { WriteOrder1795318000000 } from './migrations/1795318000000-write-order.js';
import { OperationsConsole1795312000000 } from './migrations/1795312000000-operations-console.js';
import { Tariffs1795311000000 } from './migrations/1795311000000-tariffs.js';

/** Every migration in order. `npm run migration:generate -- backend/src/database/migrations/<name>` adds one. */
export const migrations = [
  Initial1795299679956,
  BankSimulator1795301935226,
  DocumentEngine1795303000000,
  Pki1795304000000,
  AuthOtp1795305000000,
  ProcessReadModel1795306000000,
  TokenRegistration1795307000000,
  BankSimulatorApplications1795308000000,
  Applications1795309000000,
  ManagerConsole1795310000000,
  Tariffs1795311000000,
  OperationsConsole1795312000000,
  BrokenProcesses1795313000000,
  UserLanguage1795314000000,
  StatementDetails1795315000000,
  PaymentCatalogue1795316100000,
  ProcessListOrder1795317000000,
  WriteOrder1795318000000,
];
