import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  allHandlersFinished,
} from '@temporalio/workflow';
import type { DocumentActivities } from '../activities.js';
import { documentContentHash } from '../domain/documents/document-content.js';
import { DocumentRejection } from '../domain/documents/document-rejection.js';
import type { DocumentState } from '../domain/documents/document-state.js';
import { FINAL_STATUSES } from '../domain/documents/document-status.js';
import {
  applyBankReport,
  createDocument,
  editDocument,
  expireDocument,
  markSentToBank,
  readyToDispatch,
  rejectDocument,
  signDocument,
  submitDocument,
  withdrawDocument,
  type BankReport,
} from '../domain/documents/document-transitions.js';
import { precheckSignature } from '../domain/documents/signature-policy.js';
import {
  bankReportSignal,
  documentReadyUpdate,
  documentStateQuery,
  editDocumentUpdate,
  rejectDocumentUpdate,
  signDocumentUpdate,
  submitDocumentUpdate,
  withdrawDocumentUpdate,
  type ActorCommand,
  type EditCommand,
  type PaymentDocumentInput,
  type RejectCommand,
  type SignCommand,
} from './payment-document.messages.js';

/** Projection, notification and evidence checks are quick local database work: local activities. */
const local = proxyLocalActivities<DocumentActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '5 seconds' },
});
const { confirmSignatureEvidence } = proxyLocalActivities<DocumentActivities>({
  startToCloseTimeout: '10 seconds',
  // A refusal (a non-retryable failure) is final; a database blink is worth a few quick retries.
  retry: { initialInterval: '200 milliseconds', maximumAttempts: 5 },
});

/** The bank may be slow or down for a while: keep trying, never twice in effect (it de-duplicates). */
const { dispatchToBank } = proxyActivities<DocumentActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One tenge payment order, from draft to its final status. Human actions arrive as updates and get
 * the new state or a typed refusal; the bank's progress arrives as signals. Every transition is
 * projected to PostgreSQL before the update answers, so lists agree with what the caller just saw.
 */
export async function paymentDocumentWorkflow(input: PaymentDocumentInput): Promise<DocumentState> {
  const hashOf = (revision: number, content = input.content) =>
    documentContentHash({
      documentId: input.documentId,
      organizationId: input.organizationId,
      revision,
      content,
    });
  let state = createDocument({ ...input, author: input.author, contentHash: hashOf(1), at: now() });
  // "Save and send for signature": the draft is submitted in the same breath.
  if (input.submit) state = submitDocument(state, { actor: input.author, at: now() });
  const bankReports: BankReport[] = [];

  // Handlers run one at a time: each reads the state, may await activities, then writes it.
  let busy = false;
  const exclusive = async (work: () => Promise<DocumentState>): Promise<DocumentState> => {
    await condition(() => !busy);
    busy = true;
    try {
      return await work();
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      busy = false;
    }
  };
  const commit = async (next: DocumentState, isNew = false): Promise<DocumentState> => {
    const awaitingChanged = isNew || JSON.stringify(next.awaiting) !== JSON.stringify(state.awaiting);
    state = next;
    await local.recordTransition(state, awaitingChanged);
    return state;
  };
  // Validators see only the state: a refusal here leaves no trace in the workflow's history.
  const validate = (check: () => unknown): void => {
    try {
      check();
    } catch (error) {
      throw asUpdateFailure(error);
    }
  };

  let projected = false;
  setHandler(documentStateQuery, () => state);
  setHandler(documentReadyUpdate, async () => {
    await condition(() => projected);
    return state;
  });
  setHandler(
    editDocumentUpdate,
    ({ actor, content }) =>
      exclusive(() =>
        commit(
          editDocument(state, {
            actor,
            content,
            contentHash: hashOf(state.revision + 1, content),
            at: now(),
          }),
        ),
      ),
    {
      validator: ({ actor, content }: EditCommand) =>
        validate(() => editDocument(state, { actor, content, contentHash: '', at: now() })),
    },
  );
  setHandler(
    submitDocumentUpdate,
    ({ actor }) => exclusive(() => commit(submitDocument(state, { actor, at: now() }))),
    {
      validator: ({ actor }: ActorCommand) => validate(() => submitDocument(state, { actor, at: now() })),
    },
  );
  setHandler(
    signDocumentUpdate,
    (command) =>
      exclusive(async () => {
        precheckSignature(state, command); // again: the state may have moved while we waited
        const signer = await confirmSignatureEvidence({
          ...command,
          documentId: input.documentId,
          organizationId: input.organizationId,
        });
        return commit(
          signDocument(state, {
            signer,
            actor: { userId: signer.userId, name: signer.name, channel: command.channel },
            method: signer.method,
            contentHash: command.contentHash,
            evidenceId: command.evidenceId,
            at: now(),
          }),
        );
      }),
    { validator: (command: SignCommand) => validate(() => precheckSignature(state, command)) },
  );
  setHandler(
    rejectDocumentUpdate,
    ({ actor, reason }) => exclusive(() => commit(rejectDocument(state, { actor, reason, at: now() }))),
    {
      validator: ({ actor, reason }: RejectCommand) =>
        validate(() => rejectDocument(state, { actor, reason, at: now() })),
    },
  );
  setHandler(
    withdrawDocumentUpdate,
    ({ actor }) => exclusive(() => commit(withdrawDocument(state, { actor, at: now() }))),
    {
      validator: ({ actor }: ActorCommand) => validate(() => withdrawDocument(state, { actor, at: now() })),
    },
  );
  setHandler(bankReportSignal, (report) => void bankReports.push(report));

  await commit(state, true);
  projected = true;

  // Until complete (with an EDS), final, or past the deadline; an edit may move the deadline.
  while (!FINAL_STATUSES.has(state.status) && !readyToDispatch(state)) {
    const deadline = state.deadline;
    const remaining = Date.parse(deadline) - Date.now();
    const settled =
      remaining > 0 &&
      (await condition(
        () => FINAL_STATUSES.has(state.status) || readyToDispatch(state) || state.deadline !== deadline,
        remaining,
      ));
    if (!settled) await exclusive(() => commit(expireDocument(state, now())));
  }

  if (readyToDispatch(state)) {
    const receipt = await dispatchToBank(state);
    // Handed over and answered: one record of both transitions.
    await exclusive(() => commit(applyBankReport(markSentToBank(state, now()), receipt)));
    while (!FINAL_STATUSES.has(state.status)) {
      await condition(() => bankReports.length > 0);
      const report = bankReports.shift()!;
      await exclusive(() => commit(applyBankReport(state, report)));
    }
  }

  await condition(allHandlersFinished);
  return state;
}

function now(): string {
  return new Date().toISOString();
}

/**
 * Update handlers must fail with an ApplicationFailure to refuse the update (any other error would
 * fail the workflow task and retry it). Domain refusals and the evidence activity's typed refusals
 * keep their code and field.
 */
function asUpdateFailure(error: unknown): unknown {
  if (error instanceof DocumentRejection) {
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      details: [{ field: error.field ?? null }],
      nonRetryable: true,
    });
  }
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure) return error.cause;
  return error;
}
