import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import {
  registrationAwaitedParty,
  type RegistrationState,
} from '../domain/registration/registration-state.js';
import {
  cancelRegistration,
  certificatesIssued,
  chooseToken,
  completeRegistration,
  confirmPasswordSet,
  expireRegistration,
  isRegistrationOpen,
  issuanceRefused,
  precheckWritten,
  startRegistration,
  submitRequests,
} from '../domain/registration/registration-transitions.js';
import { CA_CALL, LOCAL_RECORDING } from '../process/activity-options.js';
import { ProcessRuntime } from '../process/process-runtime.js';
import { validateWith as validate } from '../process/update-failure.js';
import type { RegistrationActivities } from './token-registration.activities.js';
import {
  cancelRegistrationUpdate,
  chooseTokenUpdate,
  confirmPasswordSetUpdate,
  confirmWrittenUpdate,
  registrationReadyUpdate,
  registrationStateQuery,
  submitRequestsUpdate,
  type CancelRegistrationCommand,
  type ChooseTokenCommand,
  type OnTokenCommand,
  type SubmitRequestsCommand,
  type TokenRegistrationInput,
} from './token-registration.messages.js';

const { recordRegistration } = proxyLocalActivities<RegistrationActivities>(LOCAL_RECORDING);
const { issueRegistrationCertificates, activateRegistrationCertificates, discardRegistrationCertificates } =
  proxyActivities<RegistrationActivities>(CA_CALL);

/**
 * One token registration (domain §7), from the credentials the client entered to both certificates
 * on the token and registered with the bank. Each wizard step is an update answering the new state
 * or a typed refusal, so a client who comes back (browser closed, network down, API restarted)
 * continues where the workflow says they stopped. The CA is asked by the workflow itself, so a
 * worker killed during issuance only delays it. Unfinished by `expiresAt`, it expires and revokes
 * whatever was issued for it.
 */
export async function tokenRegistrationWorkflow(input: TokenRegistrationInput): Promise<RegistrationState> {
  const registration = new ProcessRuntime<RegistrationState>({
    initial: startRegistration({ ...input, at: now() }),
    visibility: (state) => ({
      type: 'token-registration',
      status: state.status,
      awaiting: registrationAwaitedParty(state.status),
      organizationId: state.holder.organizationId,
    }),
    project: (next, _previous, writtenAt) => recordRegistration(next, writtenAt),
  });
  const state = () => registration.state;
  const exclusive = (work: () => Promise<RegistrationState>) => registration.exclusive(work);
  const commit = (next: RegistrationState) => registration.commit(next);

  setHandler(registrationStateQuery, state);
  setHandler(registrationReadyUpdate, () => registration.whenProjected());
  setHandler(chooseTokenUpdate, (choice) => exclusive(() => commit(chooseToken(state(), choice, now()))), {
    validator: (choice: ChooseTokenCommand) => validate(() => chooseToken(state(), choice, now())),
  });
  setHandler(
    confirmPasswordSetUpdate,
    ({ serialNumber }) => exclusive(() => commit(confirmPasswordSet(state(), serialNumber, now()))),
    {
      validator: ({ serialNumber }: OnTokenCommand) =>
        validate(() => confirmPasswordSet(state(), serialNumber, now())),
    },
  );
  setHandler(
    submitRequestsUpdate,
    (requests) => exclusive(() => commit(submitRequests(state(), requests, now()))),
    {
      validator: (requests: SubmitRequestsCommand) =>
        validate(() => submitRequests(state(), requests, now())),
    },
  );
  setHandler(
    confirmWrittenUpdate,
    ({ serialNumber }) =>
      exclusive(async () => {
        precheckWritten(state(), serialNumber);
        await activateRegistrationCertificates(input.registrationId);
        return commit(completeRegistration(state(), serialNumber, now()));
      }),
    {
      validator: ({ serialNumber }: OnTokenCommand) => validate(() => precheckWritten(state(), serialNumber)),
    },
  );
  setHandler(cancelRegistrationUpdate, ({ reason }) => exclusive(() => cancel(reason)), {
    validator: ({ reason }: CancelRegistrationCommand) =>
      validate(() => cancelRegistration(state(), reason, now())),
  });

  // Cancelled from outside (an operator): it ends by its own rules, revoking what was issued.
  return registration.run(untilFinished, async () =>
    isRegistrationOpen(state()) ? cancel('cancelled by an operator') : state(),
  );

  /** Ends CANCELLED with the reason (refused once it is over), revoking what was issued for it. */
  async function cancel(reason: string): Promise<RegistrationState> {
    const cancelled = cancelRegistration(state(), reason, now());
    await discardRegistrationCertificates(input.registrationId);
    return commit(cancelled);
  }

  async function untilFinished(): Promise<void> {
    const expiresAt = Date.parse(state().expiresAt);
    while (isRegistrationOpen(state())) {
      const remaining = expiresAt - Date.now();
      const moved =
        remaining > 0 &&
        (await condition(() => state().status === 'ISSUING' || !isRegistrationOpen(state()), remaining));
      if (!moved) {
        await exclusive(async () => {
          if (!isRegistrationOpen(state())) return state();
          await discardRegistrationCertificates(input.registrationId);
          return commit(expireRegistration(state(), now()));
        });
      } else if (state().status === 'ISSUING') {
        await issue();
      }
    }
  }

  /** Outside the handler lock, so the wizard's reads and a cancellation are served meanwhile. */
  async function issue(): Promise<void> {
    const { requests, holder, validityDays } = state();
    let issued: Awaited<ReturnType<typeof issueRegistrationCertificates>> | undefined;
    let refusal: ApplicationFailure | undefined;
    try {
      issued = await issueRegistrationCertificates({
        registrationId: input.registrationId,
        userId: holder.userId,
        validityDays,
        requests: requests!,
      });
    } catch (error) {
      if (!(error instanceof ActivityFailure && error.cause instanceof ApplicationFailure)) throw error;
      refusal = error.cause;
    }
    await exclusive(async () => {
      if (state().status !== 'ISSUING') return state();
      if (refusal) {
        return commit(
          issuanceRefused(state(), { code: refusal.type ?? 'CA_REFUSED', message: refusal.message }, now()),
        );
      }
      return commit(certificatesIssued(state(), issued!, now()));
    });
  }
}

function now(): string {
  return new Date().toISOString();
}
