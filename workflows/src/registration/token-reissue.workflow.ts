import {
  condition,
  executeChild,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
} from '@temporalio/workflow';
import { reissueAwaitedParty, type ReissueState } from '../domain/registration/reissue-state.js';
import {
  abortReissue,
  cancelReissue,
  certificatesRevoked,
  chooseReissueToken,
  expireReissue,
  isReissueOpen,
  registrationEnded,
  startReissue,
  tokenFormatted,
} from '../domain/registration/reissue-transitions.js';
import { CA_CALL, LOCAL_RECORDING } from '../process/activity-options.js';
import { ProcessRuntime } from '../process/process-runtime.js';
import { validateWith as validate } from '../process/update-failure.js';
import type { ReissueActivities } from './token-registration.activities.js';
import type {
  CancelRegistrationCommand,
  ChooseTokenCommand,
  OnTokenCommand,
} from './token-registration.messages.js';
import { tokenRegistrationWorkflowId } from './token-registration.messages.js';
import { tokenRegistrationWorkflow } from './token-registration.workflow.js';
import {
  cancelReissueUpdate,
  chooseReissueTokenUpdate,
  confirmFormattedUpdate,
  reissueReadyUpdate,
  reissueStateQuery,
  type TokenReissueInput,
} from './token-reissue.messages.js';

const { recordReissue } = proxyLocalActivities<ReissueActivities>(LOCAL_RECORDING);
const { revokeForReissue } = proxyActivities<ReissueActivities>(CA_CALL);

/**
 * One token reissue (domain §7, seed 002), started by the client or by a manager for them: exactly
 * one token connected, the old certificates revoked (the CRL says so) before the agent formats the
 * token, then a new registration as a child workflow whose end is the reissue's. Signatures made
 * before the revocation keep the verification made when they were given.
 */
export async function tokenReissueWorkflow(input: TokenReissueInput): Promise<ReissueState> {
  const reissue = new ProcessRuntime<ReissueState>({
    initial: startReissue({ ...input, at: now() }),
    visibility: (state) => ({
      type: 'token-reissue',
      status: state.status,
      awaiting: reissueAwaitedParty(state.status),
      organizationId: state.holder.organizationId,
    }),
    project: (next, _previous, writtenAt) => recordReissue(next, writtenAt),
  });
  const state = () => reissue.state;
  const exclusive = (work: () => Promise<ReissueState>) => reissue.exclusive(work);
  const commit = (next: ReissueState) => reissue.commit(next);

  setHandler(reissueStateQuery, state);
  setHandler(reissueReadyUpdate, () => reissue.whenProjected());
  setHandler(
    chooseReissueTokenUpdate,
    (choice) => exclusive(() => commit(chooseReissueToken(state(), choice, now()))),
    { validator: (choice: ChooseTokenCommand) => validate(() => chooseReissueToken(state(), choice, now())) },
  );
  setHandler(
    confirmFormattedUpdate,
    ({ serialNumber }) => exclusive(() => commit(tokenFormatted(state(), serialNumber, uuid4(), now()))),
    {
      validator: ({ serialNumber }: OnTokenCommand) =>
        validate(() => tokenFormatted(state(), serialNumber, '', now())),
    },
  );
  setHandler(
    cancelReissueUpdate,
    ({ reason }) => exclusive(() => commit(cancelReissue(state(), reason, now()))),
    {
      validator: ({ reason }: CancelRegistrationCommand) =>
        validate(() => cancelReissue(state(), reason, now())),
    },
  );

  // Cancelled from outside (an operator): the child is cancelled with it; the reissue ends cancelled.
  return reissue.run(
    async () => {
      await untilRegistering();
      if (state().status === 'REGISTERING') await registerToken();
    },
    async () =>
      isReissueOpen(state()) ? commit(abortReissue(state(), 'cancelled by an operator', now())) : state(),
  );

  /** The new registration, as a child workflow whose end is the reissue's. */
  async function registerToken(): Promise<void> {
    const registrationId = state().registrationId!;
    const ended = await executeChild(tokenRegistrationWorkflow, {
      workflowId: tokenRegistrationWorkflowId(registrationId),
      args: [
        {
          registrationId,
          holder: input.holder,
          validityDays: input.validityDays,
          expiresInDays: input.expiresInDays,
          reissueId: input.reissueId,
        },
      ],
    });
    await exclusive(() => commit(registrationEnded(state(), ended.status, now())));
  }

  async function untilRegistering(): Promise<void> {
    const expiresAt = Date.parse(state().expiresAt);
    while (isReissueOpen(state()) && state().status !== 'REGISTERING') {
      if (state().status === 'REVOKING') {
        const revoked = await revokeForReissue({
          reissueId: input.reissueId,
          userId: input.holder.userId,
          keyCompromised: input.reason === 'KEY_COMPROMISE',
        });
        await exclusive(() => commit(certificatesRevoked(state(), revoked, now())));
        continue;
      }
      const remaining = expiresAt - Date.now();
      const moved =
        remaining > 0 &&
        (await condition(
          () => state().status === 'REVOKING' || state().status === 'REGISTERING' || !isReissueOpen(state()),
          remaining,
        ));
      if (!moved)
        await exclusive(async () =>
          isReissueOpen(state()) ? commit(expireReissue(state(), now())) : state(),
        );
    }
  }
}

function now(): string {
  return new Date().toISOString();
}
