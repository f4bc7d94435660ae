import { AgentRefusal } from '../core/signer/signing-agent';
import { NETWORK_ERROR, apiProblemOf, commonErrorKey } from '../core/http/api-error';
import { agentErrorKey } from '../core/signer/agent-errors';

/**
 * The message key for a failed log-in. Whatever was wrong — login, phone, BIN/IIN or password —
 * the message is the same: it never tells which factor to change (nor whether the user exists).
 */
export function loginErrorKey(error: unknown): string {
  if (error instanceof AgentRefusal) return agentErrorKey(error.code);
  const problem = apiProblemOf(error);
  switch (problem.code) {
    case 'AUTH_USER_BLOCKED':
      return 'login.errors.blocked';
    case 'AUTH_TOO_MANY_ATTEMPTS':
      return 'login.errors.tooMany';
    case 'AUTH_CHANNEL_NOT_ENABLED':
      return 'login.errors.channel';
    case NETWORK_ERROR:
      return commonErrorKey(problem);
    default:
      if (problem.code.startsWith('EDS_')) return 'login.errors.eds';
      if (problem.status === 429) return 'login.errors.tooMany';
      return problem.status >= 500 ? commonErrorKey(problem) : 'login.errors.invalid';
  }
}
