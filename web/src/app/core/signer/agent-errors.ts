import type { AgentErrorCodeValue } from '@qoltanba/signer/protocol/wire-types';
import { AGENT_UNAVAILABLE } from './signing-agent';

/** Agent codes with a message of their own; any other refusal reads as a general agent error. */
const KNOWN = new Set<AgentErrorCodeValue | typeof AGENT_UNAVAILABLE>([
  AGENT_UNAVAILABLE,
  'PIN_CANCELLED',
  'PIN_TIMEOUT',
  'PIN_LOCKED',
  'PIN_POLICY',
  'CERTIFICATE_NOT_FOUND',
  'CERTIFICATE_EXPIRED',
  'TOKEN_NOT_FOUND',
  'KEY_NOT_FOUND',
]);

/** The translation key of what the signing agent answered, in words a client acts on. */
export function agentErrorKey(code: string): string {
  return `signer.errors.${KNOWN.has(code as AgentErrorCodeValue) ? code : 'OTHER'}`;
}
