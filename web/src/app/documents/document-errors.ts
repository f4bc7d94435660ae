import { DocumentRejectionCode } from '@qoltanba/workflows/domain';
import { apiProblemOf, commonErrorKey } from '../core/http/api-error';
import { otpErrorKey } from '../core/otp/otp-errors';
import { agentErrorKey } from '../core/signer/agent-errors';
import { AgentRefusal } from '../core/signer/signing-agent';

/**
 * Refusals with a message of their own: every refusal of the document's workflow, and the API's own
 * that a user can meet. Anything else is "something went wrong", so none may be left out.
 */
export const DOCUMENT_API_CODES = [
  'DOCUMENT_NOT_FOUND',
  'DOCUMENT_PAYER_ACCOUNT_NOT_OWNED',
  'DOCUMENT_PAYER_ACCOUNT_NOT_TENGE',
  'DOCUMENT_MAY_NOT_PREPARE',
  'DOCUMENT_EVIDENCE_NOT_ACCEPTED',
  'DOCUMENT_SIGNATURE_NOT_FOUND',
  'DOCUMENT_IDEMPOTENCY_KEY_REUSED',
] as const;
const DOCUMENT_CODES = new Set<string>([...Object.values(DocumentRejectionCode), ...DOCUMENT_API_CODES]);

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
