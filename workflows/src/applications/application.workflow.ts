import {
  CancellationScope,
  condition,
  getExternalWorkflowHandle,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { ApplicationContent } from '../domain/applications/application-content.js';
import { applicationContentHash, applicationDeadline } from '../domain/applications/application-canonical.js';
import { FINAL_APPLICATION_STATUSES } from '../domain/applications/application-kind.js';
import type { ApplicationState } from '../domain/applications/application-state.js';
import {
  applyApplicationBankReport,
  applyCancellationProgress,
  createApplication,
  editApplication,
  expireApplication,
  isApplicationOpen,
  readyToSend,
  rejectApplication,
  reserveCancellation,
  sendApplication,
  sendingRuleOf,
  signApplication,
  submitApplication,
  withdrawApplication,
  type ApplicationBankReport,
  type CancellationProgress,
} from '../domain/applications/application-transitions.js';
import { documentAwaitedParty } from '../domain/documents/document-awaited-party.js';
import { precheckSignature } from '../domain/documents/signature-policy.js';
import type { ActorCommand, RejectCommand, SignCommand } from '../documents/payment-document.messages.js';
import { BANK_CALL, LOCAL_CHECK, LOCAL_RECORDING } from '../process/activity-options.js';
import { ProcessRuntime } from '../process/process-runtime.js';
import { validateWith as validate } from '../process/update-failure.js';
import type { ApplicationActivities } from './application.activities.js';
import {
  applicationBankReportSignal,
  applicationReadyUpdate,
  applicationStateQuery,
  applicationWorkflowId,
  cancellationProgressSignal,
  editApplicationUpdate,
  rejectApplicationUpdate,
  reserveCancellationUpdate,
  signApplicationUpdate,
  submitApplicationUpdate,
  withdrawApplicationUpdate,
  type ApplicationInput,
  type EditApplicationCommand,
  type ReserveCancellationCommand,
} from './application.messages.js';

const local = proxyLocalActivities<ApplicationActivities>(LOCAL_RECORDING);
const { confirmSignatureEvidence } = proxyLocalActivities<ApplicationActivities>(LOCAL_CHECK);
const { sendApplicationToBank } = proxyActivities<ApplicationActivities>(BANK_CALL);

/**
 * One application — a service or currency application, or the cancellation of one — from draft to
 * its final status. Human actions are updates answering the new state or a typed refusal; the
 * bank's progress and a cancellation's progress arrive as signals.
 */
export async function applicationWorkflow(input: ApplicationInput): Promise<ApplicationState> {
  const hashOf = (revision: number, content: ApplicationContent) =>
    applicationContentHash({ ...input, kind: content.kind, revision, content });
  const createdAt = now();
  let initial = createApplication({
    ...input,
    contentHash: hashOf(1, input.content),
    deadline: applicationDeadline(input.content, createdAt),
    ...(input.content.kind === 'CANCELLATION' ? { cancelledKind: input.content.cancelledKind } : {}),
    at: createdAt,
  });
  if (input.submit) initial = submitApplication(initial, { actor: input.author, at: createdAt });
  const application = new ProcessRuntime<ApplicationState>({
    initial,
    visibility: (state) => ({
      type: 'application',
      status: state.status,
      awaiting: documentAwaitedParty(state.awaiting),
      organizationId: state.organizationId,
    }),
    project: (next, previous, writtenAt) =>
      local.recordApplicationTransition(
        next,
        !previous || JSON.stringify(next.awaiting) !== JSON.stringify(previous.awaiting),
        writtenAt,
      ),
    refusesCancellation: true,
  });
  const state = () => application.state;
  const exclusive = (work: () => Promise<ApplicationState>) => application.exclusive(work);
  const commit = (next: ApplicationState) => application.commit(next);
  const bankReports: ApplicationBankReport[] = [];
  const cancellations: CancellationProgress[] = [];
  const edited = ({ actor, content, revision }: EditApplicationCommand) =>
    editApplication(state(), {
      actor,
      content,
      revision,
      contentHash: hashOf(state().revision + 1, content),
      deadline: applicationDeadline(content, state().timeline[0]?.at ?? createdAt),
      at: now(),
    });

  setHandler(applicationStateQuery, state);
  setHandler(applicationReadyUpdate, () => application.whenProjected());
  setHandler(editApplicationUpdate, (command) => exclusive(() => commit(edited(command))), {
    validator: (command: EditApplicationCommand) => validate(() => edited(command)),
  });
  setHandler(
    submitApplicationUpdate,
    ({ actor }) => exclusive(() => commit(submitApplication(state(), { actor, at: now() }))),
    {
      validator: ({ actor }: ActorCommand) =>
        validate(() => submitApplication(state(), { actor, at: now() })),
    },
  );
  setHandler(
    signApplicationUpdate,
    (command) =>
      exclusive(async () => {
        precheckSignature(state(), command, sendingRuleOf(state())); // the state may have moved meanwhile
        const signer = await confirmSignatureEvidence({
          ...command,
          documentId: input.applicationId,
          organizationId: input.organizationId,
        });
        return commit(
          signApplication(state(), {
            signer,
            actor: { userId: signer.userId, name: signer.name, channel: command.channel },
            method: signer.method,
            contentHash: command.contentHash,
            evidenceId: command.evidenceId,
            at: now(),
          }),
        );
      }),
    {
      validator: (command: SignCommand) =>
        validate(() => precheckSignature(state(), command, sendingRuleOf(state()))),
    },
  );
  setHandler(
    rejectApplicationUpdate,
    ({ actor, reason }) => exclusive(() => commit(rejectApplication(state(), { actor, reason, at: now() }))),
    {
      validator: ({ actor, reason }: RejectCommand) =>
        validate(() => rejectApplication(state(), { actor, reason, at: now() })),
    },
  );
  setHandler(
    withdrawApplicationUpdate,
    ({ actor }) => exclusive(() => commit(withdrawApplication(state(), { actor, at: now() }))),
    {
      validator: ({ actor }: ActorCommand) =>
        validate(() => withdrawApplication(state(), { actor, at: now() })),
    },
  );
  setHandler(
    reserveCancellationUpdate,
    (command) =>
      exclusive(async () => {
        const next = reserveCancellation(state(), command);
        return next === state() ? next : commit(next);
      }),
    {
      validator: (command: ReserveCancellationCommand) =>
        validate(() => reserveCancellation(state(), command)),
    },
  );
  setHandler(applicationBankReportSignal, (report) => void bankReports.push(report));
  setHandler(cancellationProgressSignal, (progress) => void cancellations.push(progress));

  // Refuses a cancellation from Temporal (see ProcessRuntime.run): a client withdraws an application
  // or asks the bank to cancel it; operators do not stop one.
  return application.run(untilFinal);

  /** From wherever the application stands to its final status (resumes after a refused cancellation). */
  async function untilFinal(): Promise<void> {
    // Until complete with what its family needs to be sent, final, or past the deadline.
    while (isApplicationOpen(state())) {
      const deadline = state().deadline;
      const remaining = Date.parse(deadline) - Date.now();
      const settled =
        remaining > 0 &&
        (await condition(() => !isApplicationOpen(state()) || state().deadline !== deadline, remaining));
      // A signature holding the lock when the deadline passed may have completed it meanwhile.
      if (!settled)
        await exclusive(async () =>
          isApplicationOpen(state()) ? commit(expireApplication(state(), now())) : state(),
        );
    }

    if (readyToSend(state())) {
      // The application id is the bank's idempotency key: a call repeated after a refused
      // cancellation gets the first receipt.
      const receipt = await sendApplicationToBank(state());
      await exclusive(() => commit(sendApplication(state(), receipt, now())));
      if (receipt.status === 'ACCEPTED') await tellCancelled({ outcome: 'SENT' });
    }
    while (!FINAL_APPLICATION_STATUSES.has(state().status)) {
      await condition(() => bankReports.length > 0 || cancellations.length > 0);
      const report = bankReports.shift();
      const progress = report ? undefined : cancellations.shift();
      await exclusive(async () => {
        const next = report
          ? applyApplicationBankReport(state(), report)
          : applyCancellationProgress(state(), progress!);
        return next === state() ? next : commit(next);
      });
    }

    // A cancellation tells the application it cancels how it ended (the bank itself cancels that one).
    const final = state();
    if (final.status === 'REFUSED_BY_BANK') {
      await tellCancelled({
        outcome: 'REFUSED',
        ...(final.bank.reason ? { reason: final.bank.reason } : {}),
      });
    } else if (final.status !== 'DONE') {
      await tellCancelled({ outcome: 'DROPPED' });
    }
  }

  async function tellCancelled(progress: Omit<CancellationProgress, 'cancellationId' | 'at'>) {
    const content = state().content;
    if (content.kind !== 'CANCELLATION') return;
    const original = getExternalWorkflowHandle(applicationWorkflowId(content.applicationId));
    try {
      // Told even when a cancellation from Temporal (refused) comes meanwhile: it would withdraw the signal.
      await CancellationScope.nonCancellable(() =>
        original.signal(cancellationProgressSignal, {
          ...progress,
          cancellationId: input.applicationId,
          at: now(),
        }),
      );
    } catch {
      // The application has ended meanwhile (done, refused): there is nothing left to tell it.
    }
  }
}

function now(): string {
  return new Date().toISOString();
}
