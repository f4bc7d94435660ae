import { setTimeout as delay } from 'node:timers/promises';

export interface WaitForApiOptions {
  /** How long to keep asking. */
  timeoutMs?: number;
  /** Any HTTP answer will do (the process serves), instead of 200 (every component up). */
  anyStatus?: boolean;
  /** Stop asking at once: the process behind the API has ended. */
  gaveUp?: () => boolean;
}

/** Polls `<apiUrl>/api/health` until it answers as asked; resolves whether it did in time. */
export async function waitForApi(
  apiUrl: string,
  { timeoutMs = 120_000, anyStatus = false, gaveUp = () => false }: WaitForApiOptions = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!gaveUp() && Date.now() < deadline) {
    const status = await fetch(`${apiUrl}/api/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200 || (anyStatus && status !== 0)) return true;
    await delay(250);
  }
  return false;
}
