import type { z } from 'zod';
import { AgentError, AgentErrorCode } from './agent-error-code.js';

/** Validates a method's `args`; a refusal names the first field at fault. */
export function parseArgs<T extends z.ZodType>(schema: T, args: unknown): z.infer<T> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'args';
  throw new AgentError(
    AgentErrorCode.MALFORMED_REQUEST,
    `Invalid ${field}: ${issue?.message ?? 'invalid'}.`,
    {
      field,
    },
  );
}
