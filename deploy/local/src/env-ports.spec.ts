import { afterEach, describe, expect, it } from '@jest/globals';
import { portFromEnv } from './env-ports.js';

describe(portFromEnv.name, () => {
  afterEach(() => {
    delete process.env.QOLTANBA_SPEC_PORT;
  });

  it('falls back to the default when the variable is unset or empty', () => {
    expect(portFromEnv('QOLTANBA_SPEC_PORT', 3000)).toBe(3000);
    process.env.QOLTANBA_SPEC_PORT = '';
    expect(portFromEnv('QOLTANBA_SPEC_PORT', 3000)).toBe(3000);
  });

  it('stops start-up naming the variable when it is not a port', () => {
    process.env.QOLTANBA_SPEC_PORT = '80a';
    expect(() => portFromEnv('QOLTANBA_SPEC_PORT', 3000)).toThrow(
      /QOLTANBA_SPEC_PORT="80a" is not a port number/,
    );
    process.env.QOLTANBA_SPEC_PORT = '70000';
    expect(() => portFromEnv('QOLTANBA_SPEC_PORT', 3000)).toThrow(/QOLTANBA_SPEC_PORT/);
  });
});
