import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApplicationBankStatusSink } from './applications/application-bank-status.sink.js';
import { ApplicationsModule } from './applications/applications.module.js';
import { BankGatewayModule } from './bank-gateway/bank-gateway.module.js';
import { ChangeRequestsModule } from './change-requests/change-requests.module.js';
import { TariffsModule } from './tariffs/tariffs.module.js';
import { BankSimulatorRunnerModule } from './bank-gateway/simulator/bank-simulator-runner.module.js';
import type { AppConfig } from './config/app-config.js';
import { DocumentBankStatusSink } from './documents/document-bank-status.sink.js';
import { RegistrationsModule } from './registrations/registrations.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { WorkerHeartbeatModule } from './health/worker-heartbeat.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { OpsModule } from './ops/ops.module.js';
import { platformFoundation } from './platform-foundation.js';
import { OrganizationsModule } from './organizations/organizations.module.js';

/** The worker's dependency graph: the services its activities are bound to, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ...platformFoundation(config, logger),
        WorkerHeartbeatModule,
        OpsModule,
        BankGatewayModule.forRoot(config),
        OrganizationsModule,
        NotificationsModule,
        DocumentsModule,
        ApplicationsModule,
        RegistrationsModule,
        ChangeRequestsModule,
        TariffsModule,
        // The bank's later reports become signals to each document's and application's workflow.
        BankSimulatorRunnerModule.forRoot({
          sink: DocumentBankStatusSink,
          applicationSink: ApplicationBankStatusSink,
          imports: [ApplicationsModule],
        }),
      ],
    };
  }
}
