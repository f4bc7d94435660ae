import { afterEach, describe, expect, it } from '@jest/globals';
import { countFromEnv, portFromEnv } from './env-ports.js';

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

describe(countFromEnv.name, () => {
  afterEach(() => {
    delete process.env.QOLTANBA_TEST_COUNT;
  });

  it('takes a whole number from the environment, or the default when unset', () => {
    expect(countFromEnv('QOLTANBA_TEST_COUNT', 2)).toBe(2);
    process.env.QOLTANBA_TEST_COUNT = '3';
    expect(countFromEnv('QOLTANBA_TEST_COUNT', 2)).toBe(3);
  });

  it('stops start-up naming the variable when the value is not a whole number from 1 to 1024', () => {
    for (const bad of ['0', '2.5', 'two', '5000']) {
      process.env.QOLTANBA_TEST_COUNT = bad;
      expect(() => countFromEnv('QOLTANBA_TEST_COUNT', 2)).toThrow(/QOLTANBA_TEST_COUNT=/);
    }
  });
});
