import { RegistrationRejectionCode } from '@qoltanba/workflows/domain';
import { FeatureError } from '../common/errors/feature-error.js';
import { inFeatureTerms } from '../temporal/in-feature-terms.js';
import { RegistrationsErrorCode as Code } from './registrations-error-code.js';

export function notFound(what = 'registration'): FeatureError {
  return new FeatureError(Code.NOT_FOUND, `No such ${what}.`, { field: 'id' });
}

/** An ended registration or reissue takes no more steps; an engine that does not answer is a 503. */
export const inRegistrationTerms = inFeatureTerms({
  notFound: () => notFound(),
  finished: { code: RegistrationRejectionCode.FINISHED, message: 'It has ended.' },
  unavailable: {
    code: Code.ENGINE_UNAVAILABLE,
    message: 'Registration is unavailable for a moment; try again.',
  },
});
