import { announceE2eReady } from '@qoltanba/local/e2e-ready';
import { startE2ePlatform, type E2ePlatform } from './e2e-platform.js';

declare global {
  var qoltanbaE2ePlatform: E2ePlatform | undefined;
}

/** Jest globalSetup of the end-to-end project: the whole platform and a browser, once per run. */
export default async function globalSetup(): Promise<void> {
  globalThis.qoltanbaE2ePlatform = await startE2ePlatform();
  await announceE2eReady();
}
