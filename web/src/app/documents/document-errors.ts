import { apiProblemOf, commonErrorKey } from '../core/http/api-error';
import { otpErrorKey } from '../core/otp/otp-errors';
import { agentErrorKey } from '../core/signer/agent-errors';
import { AgentRefusal } from '../core/signer/signing-agent';

/** Workflow refusals with a message of their own (DocumentRejectionCode). */
const DOCUMENT_CODES = new Set([
  'DOCUMENT_WRONG_STATUS',
  'DOCUMENT_STALE_CONTENT',
  'DOCUMENT_NO_SIGNING_RIGHT',
  'DOCUMENT_ALREADY_SIGNED_BY_USER',
  'DOCUMENT_SECOND_BEFORE_FIRST',
  'DOCUMENT_SLOT_TAKEN',
  'DOCUMENT_DISPATCH_NEEDS_STANDARD_EDS',
  'DOCUMENT_NOT_AUTHOR',
  'DOCUMENT_REASON_REQUIRED',
  'DOCUMENT_NOT_FOUND',
  'DOCUMENT_PAYER_ACCOUNT_NOT_OWNED',
]);

/** The message key for a refused document action: workflow, channel, EDS, OTP or agent refusals. */
export function documentErrorKey(error: unknown): string {
  if (error instanceof AgentRefusal) return agentErrorKey(error.code);
  const problem = apiProblemOf(error);
  const { code } = problem;
  if (DOCUMENT_CODES.has(code)) return `documentErrors.${code}`;
  const otp = otpErrorKey(error);
  if (otp) return otp;
  if (code.startsWith('EDS_')) return 'documentErrors.EDS';
  if (code === 'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED') return 'documentErrors.CHANNEL';
  return commonErrorKey(problem);
}
