import { CommonErrorCode } from './common-error-code.js';
import { FeatureError, type Violation } from './feature-error.js';

/** VALIDATION_FAILED with every broken rule; the first one's field is the error's field. */
export function validationFailed(violations: Violation[]): FeatureError {
  return new FeatureError(
    CommonErrorCode.VALIDATION_FAILED,
    violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
    { field: violations[0]?.field, violations },
  );
}
