import { AgentError, AgentErrorCode, isAgentError } from '../protocol/agent-error-code.js';
import type { RequestContext } from '../protocol/request-context.js';
import type { PinPromptRequest, PinPrompts } from './pin-prompt.js';
import type { PinEntry } from './prompt-operation.js';

/** Refusals the user can fix by typing again in the same prompt. */
const RETRYABLE = [
  AgentErrorCode.PIN_INCORRECT,
  AgentErrorCode.PIN_POLICY,
  AgentErrorCode.CONFIRMATION_REQUIRED,
  AgentErrorCode.KEY_FILE_INVALID,
  AgentErrorCode.KEY_FILE_PASSWORD_INCORRECT,
  AgentErrorCode.KEY_FILE_NOT_SUITABLE,
];

/**
 * Asks for a PIN in the agent's own prompt and runs `attempt` with each entry until the token takes
 * one. The page is told where the prompt is (`pinRequested`); a wrong PIN goes back to the prompt
 * with the token's counter, and each entry is one try on the token, so the token's own limit
 * applies. Cancel and the prompt's timeout end the request as PIN_CANCELLED / PIN_TIMEOUT.
 * `accepted` tells the prompt page the PIN was right before the (possibly long) work is done.
 */
export async function withPinEntry<T>(
  prompts: PinPrompts,
  request: Omit<PinPromptRequest, 'requestedBy'>,
  context: RequestContext,
  attempt: (entry: PinEntry, accepted: () => void) => Promise<T>,
): Promise<T> {
  const prompt = prompts.open({ ...request, requestedBy: context.origin });
  const requestId = context.requestId ?? null;
  context.notify({
    event: 'pinRequested',
    requestId,
    promptId: prompt.id,
    url: prompts.urlOf(prompt),
    operation: request.operation,
  });
  // The page is gone (tab closed, reloaded): nobody is left to receive the answer.
  const unsubscribe = context.onClose(() => prompt.cancel());
  let outcome: 'accepted' | 'cancelled' | 'timeout' | 'failed' = 'failed';
  try {
    for (;;) {
      const entry = await prompt.nextEntry();
      try {
        const result = await attempt(entry, () => prompt.accept());
        prompt.accept();
        outcome = 'accepted';
        return result;
      } catch (error) {
        if (isAgentError(error, ...RETRYABLE) && !prompt.wasAccepted) {
          // After a timeout or cancel this answers the page "closed", and nextEntry() ends the loop.
          prompt.retry(error);
          continue;
        }
        prompt.fail(error);
        throw error;
      }
    }
  } catch (error) {
    if (isAgentError(error, AgentErrorCode.PIN_CANCELLED)) outcome = 'cancelled';
    if (isAgentError(error, AgentErrorCode.PIN_TIMEOUT)) outcome = 'timeout';
    throw error;
  } finally {
    unsubscribe();
    prompt.close();
    context.notify({ event: 'pinPromptClosed', requestId, promptId: prompt.id, outcome });
  }
}

/** A field the prompt must have delivered; the page always sends the fields it shows. */
export function entryField(entry: PinEntry, field: 'pin' | 'soPin' | 'newPin' | 'password'): string {
  const value = entry[field];
  if (!value) throw new AgentError(AgentErrorCode.PIN_INCORRECT, `The prompt sent no ${field}.`);
  return value;
}
