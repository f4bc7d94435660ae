import { waitForApi } from '@qoltanba/local/services/api-health';
import { startNodeProcess } from '@qoltanba/local/services/node-process';

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

/** The built API (backend/dist/main.js) as its own process, as production runs it; it migrates at start. */
export async function startApiProcess(env: Record<string, string>, port: number): Promise<ApiProcess> {
  const api = startNodeProcess('backend/dist/main.js', { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  // Any answer will do: health says "degraded" without Temporal, which log-in does not need.
  const answered = await waitForApi(url, {
    timeoutMs: 60_000,
    anyStatus: true,
    gaveUp: () => api.child.exitCode !== null,
  });
  if (!answered) {
    await api.stop();
    throw new Error(`The API did not answer within 60 s:\n${api.output()}`);
  }
  return { url, stop: () => api.stop() };
}
