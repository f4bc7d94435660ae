import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { ChangeRequestState, StaffActor } from '../domain/change-requests/change-request-state.js';
import type { Amendment } from '../domain/change-requests/change-request-transitions.js';
import { isChangeRequestOpen } from '../domain/change-requests/change-request-state.js';
import {
  amendChangeRequest,
  applied,
  applyFailed,
  checkApproval,
  expireChangeRequest,
  rejectChangeRequest,
  submitChangeRequest,
  withdrawChangeRequest,
} from '../domain/change-requests/change-request-transitions.js';
import { LOCAL_RECORDING, WORKER_GONE_AFTER } from '../process/activity-options.js';
import { ProcessRuntime } from '../process/process-runtime.js';
import { validateWith as validate } from '../process/update-failure.js';
import type { ChangeRequestActivities } from './change-request.activities.js';
import {
  amendChangeUpdate,
  approveChangeUpdate,
  type ApproveChangeCommand,
  changeRequestReadyUpdate,
  changeRequestStateQuery,
  type ChangeRequestInput,
  rejectChangeUpdate,
  type RejectChangeCommand,
  withdrawChangeUpdate,
  type WithdrawChangeCommand,
} from './change-request.messages.js';

const { recordChangeRequest } = proxyLocalActivities<ChangeRequestActivities>(LOCAL_RECORDING);
/** A few tries for a database blink; a refusal (the client moved on) is final and fails the request. */
const { applyChange } = proxyActivities<ChangeRequestActivities>({
  startToCloseTimeout: '30 seconds',
  heartbeatTimeout: WORKER_GONE_AFTER,
  retry: { initialInterval: '500 milliseconds', maximumAttempts: 4 },
});

/** The update failure when applying could not even be tried: the request stays pending. */
export const APPLY_UNAVAILABLE = 'CHANGE_REQUEST_APPLY_UNAVAILABLE';

/**
 * One change a manager makes to a client (issue 14's maker-checker): it waits for a second manager
 * to approve or reject it, or for its maker to amend or withdraw it, until it expires. Approval
 * applies it — in one transaction with its audit record — before the checker gets the answer, so
 * the checker sees at once whether it took effect. A type the bank exempts is applied at start.
 */
export async function changeRequestWorkflow(input: ChangeRequestInput): Promise<ChangeRequestState> {
  const request = new ProcessRuntime<ChangeRequestState>({
    initial: submitChangeRequest({ ...input, at: now() }),
    visibility: (state) => ({
      type: 'change-request',
      status: state.status,
      awaiting: isChangeRequestOpen(state) ? 'PERSON' : 'NOBODY',
      // Empty for an operator's action on one of the bank's own processes.
      ...(state.organizationId ? { organizationId: state.organizationId } : {}),
    }),
    project: (next, _previous, writtenAt) => recordChangeRequest(next, writtenAt),
    refusesCancellation: true,
  });
  const state = () => request.state;
  const exclusive = (work: () => Promise<ChangeRequestState>) => request.exclusive(work);
  const commit = (next: ChangeRequestState) => request.commit(next);

  setHandler(changeRequestStateQuery, state);
  setHandler(changeRequestReadyUpdate, () =>
    request.whenProjected((current) => !(current.exempt && isChangeRequestOpen(current))),
  );
  setHandler(
    approveChangeUpdate,
    ({ checker, revision }) =>
      exclusive(async () => {
        checkApproval(state(), checker, revision);
        return apply(checker);
      }),
    {
      validator: ({ checker, revision }: ApproveChangeCommand) =>
        validate(() => checkApproval(state(), checker, revision)),
    },
  );
  setHandler(
    rejectChangeUpdate,
    ({ checker, reason }) => exclusive(() => commit(rejectChangeRequest(state(), checker, reason, now()))),
    {
      validator: ({ checker, reason }: RejectChangeCommand) =>
        validate(() => rejectChangeRequest(state(), checker, reason, now())),
    },
  );
  setHandler(
    amendChangeUpdate,
    (amendment) => exclusive(() => commit(amendChangeRequest(state(), amendment, now()))),
    {
      validator: (amendment: Amendment) => validate(() => amendChangeRequest(state(), amendment, now())),
    },
  );
  setHandler(
    withdrawChangeUpdate,
    ({ by }) => exclusive(() => commit(withdrawChangeRequest(state(), by, now()))),
    {
      validator: ({ by }: WithdrawChangeCommand) => validate(() => withdrawChangeRequest(state(), by, now())),
    },
  );

  // Refuses a cancellation from Temporal (see ProcessRuntime.run): a request ends by its checker, its
  // maker or its expiry, as four eyes require.
  return request.run(async () => {
    if (input.exempt) {
      // Applied once, even when resumed after a refused cancellation.
      if (isChangeRequestOpen(state())) await exclusive(() => apply(null));
    } else {
      const remaining = Date.parse(state().expiresAt) - Date.now();
      const decided = remaining > 0 && (await condition(() => !isChangeRequestOpen(state()), remaining));
      if (!decided)
        await exclusive(async () =>
          isChangeRequestOpen(state()) ? commit(expireChangeRequest(state(), now())) : state(),
        );
    }
  });

  async function apply(checker: StaffActor | null): Promise<ChangeRequestState> {
    const current = state();
    try {
      const outcome = await applyChange({
        requestId: current.requestId,
        organizationId: current.organizationId,
        change: current.change,
        revision: current.revision,
        maker: current.maker,
        checker,
      });
      return await commit(applied(current, checker, outcome, now()));
    } catch (error) {
      const refusal = error instanceof ActivityFailure ? error.cause : undefined;
      if (refusal instanceof ApplicationFailure && refusal.nonRetryable && refusal.type) {
        const details = refusal.details?.[0] as { field?: string | null } | undefined;
        const failure = { code: refusal.type, message: refusal.message, field: details?.field ?? null };
        return commit(applyFailed(current, checker, failure, now()));
      }
      // The database stayed away through every try: nothing was applied, the request stays pending.
      throw ApplicationFailure.create({
        type: APPLY_UNAVAILABLE,
        message: 'The change could not be applied just now; try again in a moment.',
        nonRetryable: true,
      });
    }
  }
}

function now(): string {
  return new Date().toISOString();
}
