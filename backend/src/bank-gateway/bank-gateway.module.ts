import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { BankGateway } from './bank-gateway.js';
import { BankSimulator } from './simulator/bank-simulator.js';
import { BankSimulatorControlService } from './simulator/control/bank-simulator-control.service.js';
import { BankSimulatorApplicationsController } from './simulator/control/bank-simulator-applications.controller.js';
import { BankSimulatorController } from './simulator/control/bank-simulator.controller.js';
import { SimApplicationControlService } from './simulator/control/sim-application-control.service.js';
import { ApplicationReportOutbox } from './simulator/applications/application-report-outbox.js';
import { SimApplicationDesk } from './simulator/applications/sim-application-desk.js';
import { SimFeeDesk } from './simulator/sim-fee-desk.js';
import { SimStatusOutbox } from './simulator/status-outbox.js';

/**
 * Provides `BankGateway` to the whole process (global), implemented by what `BANK_GATEWAY` names.
 * The simulator's control API is mounted only when `BANK_SIMULATOR_CONTROL` is on (by default for
 * tests and the demo): anyone who reaches it can make the simulated bank execute or reject. The demo
 * seeder opens its accounts through the control service in-process, so a demo keeps that service
 * even with the routes switched off.
 */
@Module({})
export class BankGatewayModule {
  static forRoot(config: AppConfig): DynamicModule {
    const gateway = config.bank.gateway;
    switch (gateway) {
      case 'simulator': {
        const controlApi = config.bank.simulator.control;
        const controlService = controlApi || config.demo.seed;
        const controllers: Type[] = controlApi
          ? [BankSimulatorController, BankSimulatorApplicationsController]
          : [];
        const providers: Provider[] = [
          BankSimulator,
          SimStatusOutbox,
          SimApplicationDesk,
          SimFeeDesk,
          ApplicationReportOutbox,
          { provide: BankGateway, useExisting: BankSimulator },
          ...(controlService ? [BankSimulatorControlService] : []),
          ...(controlApi ? [SimApplicationControlService] : []),
        ];
        return {
          module: BankGatewayModule,
          global: true,
          controllers,
          providers,
          exports: [
            BankGateway,
            BankSimulator,
            SimStatusOutbox,
            SimApplicationDesk,
            ApplicationReportOutbox,
            ...(controlService ? [BankSimulatorControlService] : []),
          ],
        };
      }
      default:
        throw new Error(`BANK_GATEWAY ${String(gateway satisfies never)} has no implementation`);
    }
  }
}
