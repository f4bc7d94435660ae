import { type DynamicModule, Module, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import { BankApplicationStatusSink, BankStatusSink } from '../bank-gateway.js';
import { BankSimulatorRunner } from './bank-simulator-runner.js';

export interface BankSimulatorRunnerOptions {
  /**
   * Where the bank's later reports go: a class (instantiated here, its dependencies resolved from
   * `imports` and global modules) or a ready instance. Without one, outcomes are kept as owed.
   */
  sink?: Type<BankStatusSink> | BankStatusSink;
  /**
   * Where the bank's reports on applications go: a class one of `imports` provides and exports, or a
   * ready instance (tests). Without one, they are kept as owed.
   */
  applicationSink?: Type<BankApplicationStatusSink> | BankApplicationStatusSink;
  imports?: ModuleMetadata['imports'];
}

/**
 * The simulator's back office, for the worker process only (the API never executes payments).
 * Needs `BankGatewayModule` (global) configured with the simulator.
 */
@Module({})
export class BankSimulatorRunnerModule {
  static forRoot(options: BankSimulatorRunnerOptions = {}): DynamicModule {
    const sink: Provider[] = [
      ...(options.sink === undefined
        ? []
        : [
            typeof options.sink === 'function'
              ? { provide: BankStatusSink, useClass: options.sink }
              : { provide: BankStatusSink, useValue: options.sink },
          ]),
      ...(options.applicationSink === undefined
        ? []
        : [
            typeof options.applicationSink === 'function'
              ? { provide: BankApplicationStatusSink, useExisting: options.applicationSink }
              : { provide: BankApplicationStatusSink, useValue: options.applicationSink },
          ]),
    ];
    return {
      module: BankSimulatorRunnerModule,
      imports: options.imports ?? [],
      providers: [...sink, BankSimulatorRunner],
      exports: [BankSimulatorRunner],
    };
  }
}
