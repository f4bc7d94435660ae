import { createRequire } from 'node:module';
import type * as NodeEnvironmentModule from 'jest-environment-node';
import { trackAsyncLocalStorages } from './async-storage-hygiene.js';

// A CommonJS package: its class is also exported by name, which spares the default export's interop.
const { TestEnvironment: NodeEnvironment } = createRequire(import.meta.url)(
  'jest-environment-node',
) as typeof NodeEnvironmentModule;

/**
 * Jest's Node environment, which also disables, once a test file has ended, the AsyncLocalStorage
 * instances its modules left enabled (see trackAsyncLocalStorages): the next file's promises do
 * not pay for them.
 */
export default class QoltanbaNodeEnvironment extends NodeEnvironment {
  private readonly storages = trackAsyncLocalStorages();

  override async teardown(): Promise<void> {
    this.storages.disableTouched();
    await super.teardown();
  }
}
