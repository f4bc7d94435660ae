import { describe, expect, it } from '@jest/globals';
import { ErrorStatusRegistry } from './error-status-registry.js';

describe(ErrorStatusRegistry.name, () => {
  it('knows the status of every code of every table it merges', () => {
    const registry = new ErrorStatusRegistry([{ A_MISSING: 404 }, { B_TAKEN: 409, B_LOCKED: 403 }]);

    expect([
      registry.statusOf('A_MISSING'),
      registry.statusOf('B_TAKEN'),
      registry.statusOf('B_LOCKED'),
    ]).toEqual([404, 409, 403]);
    expect(registry.statusOf('C_UNKNOWN')).toBeUndefined();
  });

  it('accepts a code two tables give the same status, and refuses one they answer differently', () => {
    expect(() => new ErrorStatusRegistry([{ SHARED: 409 }, { SHARED: 409 }])).not.toThrow();
    expect(() => new ErrorStatusRegistry([{ SHARED: 409 }, { SHARED: 422 }])).toThrow(
      'Error code SHARED has two HTTP statuses: 409 and 422.',
    );
  });
});
