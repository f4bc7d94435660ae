import { RegistrationRejectionCode } from '@qoltanba/workflows/domain';
import { FeatureError } from '../common/errors/feature-error.js';
import {
  ProcessEngineUnavailable,
  ProcessFinished,
  ProcessNotFound,
  ProcessRefusal,
} from '../temporal/process-errors.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

export function notFound(what = 'registration'): FeatureError {
  return new FeatureError(Code.NOT_FOUND, `No such ${what}.`, { field: 'id' });
}

/**
 * A refusal keeps its code and field; an ended registration or reissue takes no more steps; an
 * engine that does not answer is a 503 to try again.
 */
export function inRegistrationTerms(error: unknown): never {
  if (error instanceof ProcessRefusal) {
    throw new FeatureError(error.code, error.message, error.field ? { field: error.field } : undefined);
  }
  if (error instanceof ProcessNotFound) throw notFound();
  if (error instanceof ProcessFinished) {
    throw new FeatureError(RegistrationRejectionCode.FINISHED, 'It has ended.');
  }
  if (error instanceof ProcessEngineUnavailable) {
    throw new FeatureError(Code.ENGINE_UNAVAILABLE, 'Registration is unavailable for a moment; try again.');
  }
  // Anything else is a fault of ours: the edge answers 500 and logs it.
  throw error;
}
