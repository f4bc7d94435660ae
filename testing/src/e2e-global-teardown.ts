/** Jest globalTeardown of the end-to-end project: stops the platform and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.qoltanbaE2ePlatform?.stop();
  globalThis.qoltanbaE2ePlatform = undefined;
}
