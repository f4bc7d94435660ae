import { type ErrorDetails, FeatureError } from './feature-error.js';

/** The body of every error answer: `{ code, message, details }`, never a stack trace. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: ErrorDetails;
}

/**
 * A feature error whose HTTP status the edge has already decided, for the few endpoints where a code
 * means something else than in its feature's table (see `answeringWith`).
 */
export class ApiError extends FeatureError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    details?: ErrorDetails,
  ) {
    super(code, message, details);
    this.name = 'ApiError';
  }
}

/** The answer's body of a feature error: its code, message and, when it has any, details. */
export function errorBody(error: FeatureError): ErrorBody {
  return error.details
    ? { code: error.code, message: error.message, details: error.details }
    : { code: error.code, message: error.message };
}

/**
 * For an endpoint where some codes answer otherwise than their feature's table says (a refused EDS at
 * log-in is a 401, where a refused signature is a 422): rethrows those with the endpoint's status.
 */
export function answeringWith(statuses: Readonly<Partial<Record<string, number>>>) {
  return (error: unknown): never => {
    const status = error instanceof FeatureError ? statuses[error.code] : undefined;
    if (status === undefined) throw error;
    const { code, message, details } = error as FeatureError;
    throw new ApiError(status, code, message, details);
  };
}
