import { FeatureError } from '../common/errors/feature-error.js';
import {
  ProcessEngineUnavailable,
  ProcessFinished,
  ProcessNotFound,
  ProcessRefusal,
} from './process-errors.js';

/** What a feature calls a process that never ran, one that has ended, and an engine that is out. */
export interface FeatureTerms {
  notFound: () => FeatureError;
  finished: { code: string; message: string };
  unavailable: { code: string; message: string };
}

/**
 * A process call's failure in a feature's words: a refusal keeps its code and field; a missing or
 * ended process and an engine that does not answer get the feature's codes (its status table says
 * 404, 409, 503). Anything else goes on as it is: the edge answers an engine out of reach with 503
 * SERVICE_UNAVAILABLE (isEngineUnavailable), and any other fault of ours with 500, and logs it.
 */
export function inFeatureTerms(terms: FeatureTerms): (error: unknown) => never {
  return (error) => {
    if (error instanceof ProcessRefusal) {
      throw new FeatureError(error.code, error.message, error.field ? { field: error.field } : undefined);
    }
    if (error instanceof ProcessNotFound) throw terms.notFound();
    if (error instanceof ProcessFinished) throw new FeatureError(terms.finished.code, terms.finished.message);
    if (error instanceof ProcessEngineUnavailable) {
      throw new FeatureError(terms.unavailable.code, terms.unavailable.message);
    }
    throw error;
  };
}
