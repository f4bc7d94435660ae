import { AGENT_MODULE } from './protocol/messages.js';
import type { Dispatcher } from './protocol/dispatcher.js';
import type { TokenLibrary } from './pkcs11/token-library.js';

/** The agent's own token-information methods. */
export function registerTokenMethods(dispatcher: Dispatcher, tokens: TokenLibrary, version: string): void {
  dispatcher
    .register(AGENT_MODULE, 'getVersion', async () => ({ version }))
    .register(AGENT_MODULE, 'listTokens', async () => tokens.listTokens());
}
