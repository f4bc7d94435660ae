import { startTestInfra, TEST_ENV, type TestInfra } from './test-infra.js';

declare global {
  var qoltanbaTestInfra: TestInfra | undefined;
}

/** Jest globalSetup shared by every Node project; the first project to run it starts the servers. */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_ENV.temporalAddress]) return;
  globalThis.qoltanbaTestInfra = await startTestInfra();
}
