import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from '@jest/globals';
import { trackAsyncLocalStorages } from './async-storage-hygiene.js';

/** What a promise made inside `run` (after one `enterWith`) reads from both storages once `between` has run. */
async function storesAfter(between: () => void): Promise<unknown[]> {
  const ran = new AsyncLocalStorage<string>();
  const entered = new AsyncLocalStorage<string>();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const read = ran.run('ran', () => {
    entered.enterWith('entered');
    return gate.then(() => [ran.getStore(), entered.getStore()]);
  });
  between();
  release();
  return read;
}

describe('AsyncLocalStorage instances a finished test file leaves behind', () => {
  it('are disabled, so promises made in them no longer carry their stores', async () => {
    const storages = trackAsyncLocalStorages();
    await expect(storesAfter(() => undefined)).resolves.toEqual(['ran', 'entered']);
    await expect(storesAfter(() => storages.disableTouched())).resolves.toEqual([undefined, undefined]);
  });

  it('work again for whoever runs them later', async () => {
    const storages = trackAsyncLocalStorages();
    const storage = new AsyncLocalStorage<string>();
    storage.run('before', () => undefined);
    storages.disableTouched();
    await expect(storage.run('after', () => Promise.resolve().then(() => storage.getStore()))).resolves.toBe(
      'after',
    );
  });

  it('are tracked by one wrapper per process, however many files ask', () => {
    trackAsyncLocalStorages();
    const { run, enterWith } = AsyncLocalStorage.prototype;
    trackAsyncLocalStorages();
    expect(AsyncLocalStorage.prototype.run).toBe(run);
    expect(AsyncLocalStorage.prototype.enterWith).toBe(enterWith);
  });
});
