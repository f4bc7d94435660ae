import { ApplicationFailure } from '@temporalio/common';
import { ProcessRejection } from '@qoltanba/workflows/domain';
import type { RefusalDetails } from '@qoltanba/workflows/messages';
import { FeatureError } from '../common/errors/feature-error.js';

/**
 * A feature error or a domain refusal (a transition an activity applies) as an activity failure:
 * non-retryable (trying again gives the same answer), typed with the error's code and carrying its
 * field, as a workflow's own refusals are, so the workflow can pass it on and the API answer it by
 * its code. Any other error is left as it is, to be retried.
 */
export function asActivityFailure(error: unknown): unknown {
  if (!(error instanceof FeatureError) && !(error instanceof ProcessRejection)) return error;
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    details: [{ field: error.field ?? null } satisfies RefusalDetails],
    nonRetryable: true,
  });
}

/** The activity `run`, failing with `asActivityFailure` of whatever it throws. */
export function failingAsActivity<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      throw asActivityFailure(error);
    }
  };
}
