import { startTestInfra, TEST_ENV, type TestInfra } from './test-infra.js';

declare global {
  var qoltanbaTestInfra: TestInfra | undefined;
}

/** Jest globalSetup shared by every Node project; the first project to run it starts the servers. */
export default async function globalSetup(): Promise<void> {
  // A signing agent a test starts inherits this: its secure socket (one fixed port for the machine,
  // its local CA in the user's home) stays off unless the test names a port and a data folder.
  process.env.SIGNER_TLS_PORT ??= 'off';
  if (process.env[TEST_ENV.temporalAddress]) return;
  globalThis.qoltanbaTestInfra = await startTestInfra();
}
