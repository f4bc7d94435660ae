import open from 'open';
import type { AgentLog } from '../agent-log.js';

/**
 * Opens one of the agent's pages in the user's default browser (`open`: xdg-open, `start`, `open`
 * by platform), or in `browser` when one is configured (SIGNER_BROWSER). The page is on 127.0.0.1
 * and its path is a one-time secret, so it is never logged.
 */
export function openInSystemBrowser(url: string, log: AgentLog, browser?: string): void {
  open(url, browser ? { app: { name: browser } } : {}).then(
    (child) => child.once('error', (error) => log('browser not opened', { error: error.message })),
    (error: unknown) =>
      log('browser not opened', { error: error instanceof Error ? error.message : String(error) }),
  );
}
