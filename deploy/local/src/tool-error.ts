/**
 * A failure the person at the keyboard can fix: the message says what happened and what to do.
 * The entry points print it without a stack trace and exit non-zero.
 */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof ToolError) return error.hint ? `${error.message}\n  → ${error.hint}` : error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
