import { randomBytes } from 'node:crypto';
import { TEST_ENV } from '@qoltanba/testing/test-infra';
import { ensureSoftHsm, ensureToken } from '@qoltanba/local/tools/softhsm';
import { DEFAULT_SO_PIN, DEFAULT_USER_PIN } from '../src/pin/pin-policy.js';

export interface TestToken {
  /** Unique within the run's shared token store. */
  label: string;
  soPin: string;
  userPin: string;
}

/**
 * Initializes real SoftHSM2 tokens in the run-wide store (see jest-global-setup), each with a
 * unique label. Call it before the agent loads the library: SoftHSM2 reads its slots at C_Initialize.
 */
export async function createTestTokens(
  ...names: string[]
): Promise<{ modulePath: string; tokens: TestToken[] }> {
  const configPath = process.env[TEST_ENV.softHsmConfig];
  const modulePath = process.env[TEST_ENV.pkcs11Module];
  if (!configPath || !modulePath) throw new Error('No SoftHSM2 store: run tests through `npm test`.');
  const softHsm = await ensureSoftHsm();
  const tokens = names.map((name) => ({
    // A token label holds at most 32 characters.
    label: `${name.slice(0, 23)}-${randomBytes(4).toString('hex')}`,
    // As a KAZTOKEN comes from the factory.
    soPin: DEFAULT_SO_PIN,
    userPin: DEFAULT_USER_PIN,
  }));
  for (const token of tokens) await ensureToken(softHsm, { configPath }, token);
  return { modulePath, tokens };
}
