/** One rule a request broke, tied to the field it concerns (dotted path into the body or query). */
export interface Violation {
  field: string;
  code: string;
  message: string;
}

/** What an error says beyond its code and message; callers see it as the answer's `details`. */
export interface ErrorDetails {
  /** The field the error is about, when there is one; for several, the first of `violations`. */
  field?: string;
  violations?: Violation[];
  [key: string]: unknown;
}

/**
 * An expected failure of a feature, with a stable code its callers can act on. It says nothing of
 * how it travels: the HTTP edge looks its status up in the feature's status table, an activity
 * wraps it as a non-retryable failure carrying the code.
 */
export class FeatureError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'FeatureError';
  }

  get field(): string | undefined {
    return this.details?.field;
  }
}
