import { condition, patched, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import { awaitingChanged, documentAwaitedParty } from '../domain/documents/document-awaited-party.js';
import { documentContentHash } from '../domain/documents/document-content.js';
import type { DocumentState } from '../domain/documents/document-state.js';
import { FINAL_STATUSES } from '../domain/documents/document-status.js';
import {
  applyBankReport,
  applySignature,
  createDocument,
  editDocument,
  expireDocument,
  isOpen,
  markSentToBank,
  readyToDispatch,
  rejectDocument,
  signDocument,
  submitDocument,
  withdrawDocument,
  cancelDocument,
  type BankReport,
} from '../domain/documents/document-transitions.js';
import { precheckSignature, verifiedSignature } from '../domain/documents/signature-policy.js';
import { sendingRuleOfPayment } from '../domain/payment/payment-kind.js';
import {
  bankReportSignal,
  documentReadyUpdate,
  documentStateQuery,
  editDocumentUpdate,
  rejectDocumentUpdate,
  signDocumentUpdate,
  submitDocumentUpdate,
  withdrawDocumentUpdate,
  cancelDocumentByOperatorUpdate,
  type OperatorCancelCommand,
  type ActorCommand,
  type EditCommand,
  type PaymentDocumentInput,
  type RejectCommand,
  type SignCommand,
} from './payment-document.messages.js';
import type { DocumentActivities } from './payment-document.activities.js';
import { BANK_CALL, LOCAL_CHECK, LOCAL_RECORDING } from '../process/activity-options.js';
import { ProcessRuntime } from '../process/process-runtime.js';
import { validateWith as validate } from '../process/update-failure.js';

/** Projection, notification and evidence checks are quick local database work: local activities. */
const local = proxyLocalActivities<DocumentActivities>(LOCAL_RECORDING);
const { confirmSignatureEvidence, confirmRejecter, recordSignature } =
  proxyLocalActivities<DocumentActivities>(LOCAL_CHECK);
const { dispatchToBank } = proxyActivities<DocumentActivities>(BANK_CALL);

/**
 * Runs started before this change recorded SENT_TO_BANK with the bank's answer; newer ones record it
 * when the dispatch starts (see below), and their history has one more transition before the call.
 */
const SENT_WHEN_DISPATCH_STARTS = 'sent-to-bank-when-dispatch-starts';
/** Runs that took a rejection before this change trusted the API to have checked the rejecter. */
const REJECTER_CONFIRMED = 'rejecter-confirmed-in-workflow';
/**
 * Runs started since this change confirm a signature and record its state in one local activity,
 * and a signature that completes the document puts it on its way to the bank in the same transition
 * (so they never reach SENT_WHEN_DISPATCH_STARTS). Older runs confirm, then record, then mark.
 */
const SIGNATURE_RECORDED_WITH_CHECK = 'signature-recorded-with-its-check';

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
  const recordsSignatureWithCheck = patched(SIGNATURE_RECORDED_WITH_CHECK);
  let initial = createDocument({ ...input, author: input.author, contentHash: hashOf(1), at: now() });
  // "Save and send for signature": the draft is submitted in the same breath.
  if (input.submit) initial = submitDocument(initial, { actor: input.author, at: now() });
  const payment = new ProcessRuntime<DocumentState>({
    initial,
    visibility: (document) => ({
      type: 'payment',
      status: document.status,
      awaiting: documentAwaitedParty(document.awaiting),
      organizationId: document.organizationId,
    }),
    project: (next, previous, writtenAt) =>
      local.recordTransition(next, awaitingChanged(next, previous), writtenAt),
    refusesCancellation: true,
  });
  const exclusive = (work: () => Promise<DocumentState>) => payment.exclusive(work);
  const commit = (next: DocumentState) => payment.commit(next);
  const bankReports: BankReport[] = [];
  const dispatchDue = (document: DocumentState) =>
    document.status === 'SENT_TO_BANK' || readyToDispatch(document);

  setHandler(documentStateQuery, () => payment.state);
  setHandler(documentReadyUpdate, () => payment.whenProjected());
  setHandler(
    editDocumentUpdate,
    (command) =>
      exclusive(() =>
        commit(
          editDocument(payment.state, {
            ...command,
            contentHash: hashOf(payment.state.revision + 1, command.content),
            at: now(),
          }),
        ),
      ),
    {
      // Two edits over one revision both pass here; the second is refused in the handler, in turn.
      validator: (command: EditCommand) =>
        validate(() => editDocument(payment.state, { ...command, contentHash: '', at: now() })),
    },
  );
  setHandler(
    submitDocumentUpdate,
    ({ actor }) => exclusive(() => commit(submitDocument(payment.state, { actor, at: now() }))),
    {
      validator: ({ actor }: ActorCommand) =>
        validate(() => submitDocument(payment.state, { actor, at: now() })),
    },
  );
  setHandler(
    signDocumentUpdate,
    (command) =>
      exclusive(async () => {
        // again: the state may have moved while we waited
        precheckSignature(payment.state, command, sendingRuleOfPayment(payment.state.content));
        const evidence = { ...command, documentId: input.documentId, organizationId: input.organizationId };
        if (recordsSignatureWithCheck) {
          const at = now();
          const signer = await recordSignature({ evidence, state: payment.state, at });
          return payment.commitProjected(
            applySignature(payment.state, verifiedSignature(signer, command, at)),
          );
        }
        const signer = await confirmSignatureEvidence(evidence);
        return commit(signDocument(payment.state, verifiedSignature(signer, command, now())));
      }),
    {
      validator: (command: SignCommand) =>
        validate(() =>
          precheckSignature(payment.state, command, sendingRuleOfPayment(payment.state.content)),
        ),
    },
  );
  setHandler(
    rejectDocumentUpdate,
    ({ actor, reason }) =>
      exclusive(async () => {
        // Only a signer of the organization may reject, whichever path the update came by.
        if (patched(REJECTER_CONFIRMED)) {
          await confirmRejecter({ userId: actor.userId, organizationId: input.organizationId });
        }
        return commit(rejectDocument(payment.state, { actor, reason, at: now() }));
      }),
    {
      validator: ({ actor, reason }: RejectCommand) =>
        validate(() => rejectDocument(payment.state, { actor, reason, at: now() })),
    },
  );
  setHandler(
    withdrawDocumentUpdate,
    ({ actor }) => exclusive(() => commit(withdrawDocument(payment.state, { actor, at: now() }))),
    {
      validator: ({ actor }: ActorCommand) =>
        validate(() => withdrawDocument(payment.state, { actor, at: now() })),
    },
  );
  setHandler(
    cancelDocumentByOperatorUpdate,
    ({ operator, reason }) =>
      exclusive(() => commit(cancelDocument(payment.state, { operator, reason, at: now() }))),
    {
      validator: ({ operator, reason }: OperatorCancelCommand) =>
        validate(() => cancelDocument(payment.state, { operator, reason, at: now() })),
    },
  );
  setHandler(bankReportSignal, (report) => void bankReports.push(report));

  // Refuses a cancellation from Temporal (see ProcessRuntime.run): a payment is cancelled by
  // operators, checked by a second one, and only before it leaves for the bank.
  return payment.run(untilFinal);

  /** From wherever the payment stands to its final status (resumes after a refused cancellation). */
  async function untilFinal(): Promise<void> {
    // Until on its way to the bank (complete, with an EDS), final, or past the deadline; an edit may
    // move the deadline. Runs before SIGNATURE_RECORDED_WITH_CHECK stop SIGNED and are marked below.
    while (isOpen(payment.state)) {
      const deadline = payment.state.deadline;
      const remaining = Date.parse(deadline) - Date.now();
      const settled =
        remaining > 0 &&
        (await condition(() => !isOpen(payment.state) || payment.state.deadline !== deadline, remaining));
      // A signature holding the lock when the deadline passed may have completed it meanwhile.
      if (!settled)
        await exclusive(async () =>
          isOpen(payment.state) ? commit(expireDocument(payment.state, now())) : payment.state,
        );
    }

    if (dispatchDue(payment.state)) {
      // On its way from the moment the dispatch starts: after a worker dies the call is retried for a
      // while (the bank may hold the payment already), and the document must not look still SIGNED.
      const sentWithLastSignature = payment.state.status === 'SENT_TO_BANK';
      const markedBeforeCall = sentWithLastSignature || patched(SENT_WHEN_DISPATCH_STARTS);
      if (!sentWithLastSignature && markedBeforeCall) {
        await exclusive(() => commit(markSentToBank(payment.state, now())));
      }
      // The document id is the bank's idempotency key: a call repeated after a refused cancellation
      // gets the first receipt.
      const receipt = await dispatchToBank(payment.state);
      await exclusive(() =>
        commit(
          applyBankReport(markedBeforeCall ? payment.state : markSentToBank(payment.state, now()), receipt),
        ),
      );
    }
    while (!FINAL_STATUSES.has(payment.state.status)) {
      await condition(() => bankReports.length > 0);
      const report = bankReports.shift()!;
      await exclusive(() => commit(applyBankReport(payment.state, report)));
    }
  }
}

function now(): string {
  return new Date().toISOString();
}
