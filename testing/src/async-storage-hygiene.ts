import { AsyncLocalStorage } from 'node:async_hooks';

const TRACKING = Symbol.for('qoltanba.asyncLocalStorageTracking');

type TrackedPrototype = AsyncLocalStorage<unknown> & { [TRACKING]?: Set<AsyncLocalStorage<unknown>> };

/**
 * Every AsyncLocalStorage that runs or enters a store from now on in this process, and a way to
 * disable them all. Why: Jest evaluates each test file's modules afresh, and every module that keeps a
 * storage (jest-circus, playwright-core, Temporal's connections and activity context, our request
 * context) leaves one more enabled per file. Node runs a hook for every enabled storage on every
 * promise, so one process running file after file (the journeys, a run with -i) grew slower with each
 * (300,000 awaits: 0.13 s with one storage, 4.2 s with 50). Disabling a storage is harmless to later
 * users: `run` and `enterWith` enable it again.
 */
export function trackAsyncLocalStorages(): { disableTouched(): void } {
  const prototype = AsyncLocalStorage.prototype as TrackedPrototype;
  // Once per process: each test file's environment asks again.
  const touched = (prototype[TRACKING] ??= noteRunsAndEntries(prototype));
  return {
    disableTouched() {
      for (const storage of touched) storage.disable();
      touched.clear();
    },
  };
}

/** Wraps `run` and `enterWith` to note, in the set returned, every storage they are called on. */
function noteRunsAndEntries(prototype: TrackedPrototype): Set<AsyncLocalStorage<unknown>> {
  const touched = new Set<AsyncLocalStorage<unknown>>();
  // The originals, called below with the storage as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { run, enterWith } = prototype;
  prototype.run = function (this: AsyncLocalStorage<unknown>, ...args: Parameters<typeof run>) {
    touched.add(this);
    return run.apply(this, args);
  } as typeof run;
  prototype.enterWith = function (this: AsyncLocalStorage<unknown>, store: unknown) {
    touched.add(this);
    enterWith.call(this, store);
  };
  return touched;
}
