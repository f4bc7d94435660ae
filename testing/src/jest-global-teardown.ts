/** Jest globalTeardown: stops what globalSetup started (the servers and their temporary folders). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.qoltanbaTestInfra?.stop();
  globalThis.qoltanbaTestInfra = undefined;
}
