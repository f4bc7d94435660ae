import { describe, expect, it } from '@jest/globals';
import { actor, paymentOrder } from './document.fixtures.js';
import { DocumentRejectionCode as Code } from './document-rejection.js';
import type { DocumentState } from './document-state.js';
import {
  applyBankReport,
  cancelDocument,
  createDocument,
  editDocument,
  expireDocument,
  markSentToBank,
  readyToDispatch,
  rejectDocument,
  signDocument,
  submitDocument,
  withdrawDocument,
} from './document-transitions.js';
import type { VerifiedSignature } from './signature-policy.js';
import type { SignatureMethod, SignatureRight } from '../signatures/signature-right.js';

const AT = '2026-11-20T06:00:00.000Z';

function submitted(): DocumentState {
  const draft = createDocument({
    documentId: 'doc-1',
    organizationId: 'org-1',
    author: actor('author'),
    content: paymentOrder(),
    contentHash: 'hash-1',
    deadlinePolicy: { kind: 'END_OF_VALUE_DATE' },
    at: AT,
  });
  return submitDocument(draft, { actor: actor('author'), at: AT });
}

function signature(
  userId: string,
  right: SignatureRight,
  method: SignatureMethod = 'EDS',
  hash = 'hash-1',
): VerifiedSignature {
  return {
    signer: { userId, name: userId, right },
    actor: actor(userId, method === 'EDS' ? 'STANDARD' : 'LIGHT'),
    method,
    contentHash: hash,
    evidenceId: `evidence-${userId}`,
    at: AT,
  };
}

function rejectionCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('multi-signature rule', () => {
  it('completes with a single SINGLE signature', () => {
    const state = signDocument(submitted(), signature('ainur', 'SINGLE'));
    expect(state.status).toBe('SIGNED');
    expect(state.signatures.map((s) => s.slot)).toEqual(['SINGLE']);
    expect(readyToDispatch(state)).toBe(true);
  });

  it('completes with FIRST then SECOND, and awaits the SECOND in between', () => {
    const afterFirst = signDocument(submitted(), signature('ainur', 'FIRST'));
    expect(afterFirst.status).toBe('AWAITING_SIGNATURES');
    expect(afterFirst.awaiting).toEqual({
      kind: 'SIGNATURE',
      rights: ['SECOND'],
      excludedUserIds: ['ainur'],
    });
    const complete = signDocument(afterFirst, signature('bolat', 'SECOND'));
    expect(complete.status).toBe('SIGNED');
    expect(complete.signatures.map((s) => s.slot)).toEqual(['FIRST', 'SECOND']);
  });

  it('refuses a SECOND signature before any FIRST', () => {
    expect(rejectionCode(() => signDocument(submitted(), signature('bolat', 'SECOND')))).toBe(
      Code.SECOND_BEFORE_FIRST,
    );
  });

  it('refuses a second signature from the same user', () => {
    const afterFirst = signDocument(submitted(), signature('ainur', 'FIRST'));
    expect(rejectionCode(() => signDocument(afterFirst, signature('ainur', 'SECOND')))).toBe(
      Code.ALREADY_SIGNED_BY_USER,
    );
  });

  it('never lets a NONE user sign', () => {
    expect(rejectionCode(() => signDocument(submitted(), signature('daulet', 'NONE')))).toBe(
      Code.NO_SIGNING_RIGHT,
    );
  });

  it('refuses a second FIRST, and a SINGLE after a FIRST', () => {
    const afterFirst = signDocument(submitted(), signature('ainur', 'FIRST'));
    expect(rejectionCode(() => signDocument(afterFirst, signature('erlan', 'FIRST')))).toBe(Code.SLOT_TAKEN);
    expect(rejectionCode(() => signDocument(afterFirst, signature('gulnar', 'SINGLE')))).toBe(
      Code.SLOT_TAKEN,
    );
  });

  it('refuses a third signature once the set is complete with an EDS', () => {
    const complete = signDocument(
      signDocument(submitted(), signature('ainur', 'FIRST')),
      signature('bolat', 'SECOND'),
    );
    expect(rejectionCode(() => signDocument(complete, signature('erlan', 'SINGLE')))).toBe(Code.WRONG_STATUS);
    expect(complete.signatures).toHaveLength(2);
  });

  it('refuses a signature made over an older content hash', () => {
    expect(
      rejectionCode(() => signDocument(submitted(), signature('ainur', 'SINGLE', 'EDS', 'hash-0'))),
    ).toBe(Code.STALE_CONTENT);
  });

  it('takes no signature on a draft that was not submitted', () => {
    const draft = createDocument({
      documentId: 'doc-1',
      organizationId: 'org-1',
      author: actor('author'),
      content: paymentOrder(),
      contentHash: 'hash-1',
      deadlinePolicy: { kind: 'END_OF_VALUE_DATE' },
      at: AT,
    });
    expect(rejectionCode(() => signDocument(draft, signature('ainur', 'SINGLE')))).toBe(Code.WRONG_STATUS);
  });
});

describe('dispatch needs an EDS from the Standard channel', () => {
  it('holds a document approved only by OTP in SIGNED, awaiting a Standard EDS', () => {
    const approved = signDocument(
      signDocument(submitted(), signature('ainur', 'FIRST', 'OTP')),
      signature('bolat', 'SECOND', 'OTP'),
    );
    expect(approved.status).toBe('SIGNED');
    expect(readyToDispatch(approved)).toBe(false);
    expect(approved.awaiting.kind).toBe('DISPATCH_EDS');
  });

  it('refuses a third OTP approval and accepts the dispatch EDS, even from an earlier OTP approver', () => {
    const approved = signDocument(submitted(), signature('ainur', 'SINGLE', 'OTP'));
    expect(rejectionCode(() => signDocument(approved, signature('bolat', 'FIRST', 'OTP')))).toBe(
      Code.DISPATCH_NEEDS_STANDARD_EDS,
    );
    const dispatchable = signDocument(approved, signature('ainur', 'SINGLE', 'EDS'));
    expect(dispatchable.signatures.map((s) => s.slot)).toEqual(['SINGLE', 'DISPATCH']);
    expect(readyToDispatch(dispatchable)).toBe(true);
  });

  it('dispatches at once when one of the two slots is an EDS', () => {
    const complete = signDocument(
      signDocument(submitted(), signature('ainur', 'FIRST', 'OTP')),
      signature('bolat', 'SECOND', 'EDS'),
    );
    expect(readyToDispatch(complete)).toBe(true);
  });

  it('still refuses a NONE user the dispatch EDS', () => {
    const approved = signDocument(submitted(), signature('ainur', 'SINGLE', 'OTP'));
    expect(rejectionCode(() => signDocument(approved, signature('daulet', 'NONE', 'EDS')))).toBe(
      Code.NO_SIGNING_RIGHT,
    );
  });
});

describe('editing, rejecting, withdrawing, expiring', () => {
  it('discards the signatures of an edited document and restarts approval with a new revision', () => {
    const afterFirst = signDocument(submitted(), signature('ainur', 'FIRST'));
    const edited = editDocument(afterFirst, {
      actor: actor('author'),
      content: paymentOrder({ amountTiyn: 999_00 }),
      contentHash: 'hash-2',
      at: AT,
    });
    expect(edited.status).toBe('AWAITING_SIGNATURES');
    expect(edited.signatures).toEqual([]);
    expect(edited.revision).toBe(2);
    expect(edited.timeline.at(-1)).toMatchObject({ event: 'EDITED', details: { discardedSignatures: 1 } });
    // …and the old signature's content no longer signs it.
    expect(rejectionCode(() => signDocument(edited, signature('bolat', 'FIRST', 'EDS', 'hash-1')))).toBe(
      Code.STALE_CONTENT,
    );
  });

  it('refuses an edit made over a revision since replaced, naming the revision field', () => {
    const edit = (state: DocumentState, revision?: number) =>
      editDocument(state, {
        actor: actor('author'),
        content: paymentOrder({ amountTiyn: 999_00 }),
        contentHash: 'hash-2',
        at: AT,
        ...(revision === undefined ? {} : { revision }),
      });
    const second = edit(submitted(), 1);
    expect(second.revision).toBe(2);
    expect(edit(second, 2).revision).toBe(3);
    expect(() => edit(second, 1)).toThrow(expect.objectContaining({ code: Code.CHANGED, field: 'revision' }));
    // Edits recorded before they named a revision replay as they ran.
    expect(edit(second).revision).toBe(3);
  });

  it('requires a reason to reject, and then takes no more signatures', () => {
    expect(
      rejectionCode(() => rejectDocument(submitted(), { actor: actor('bolat'), reason: '  ', at: AT })),
    ).toBe(Code.REASON_REQUIRED);
    const rejected = rejectDocument(submitted(), { actor: actor('bolat'), reason: 'Wrong amount', at: AT });
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejection: { userId: 'bolat', reason: 'Wrong amount' },
    });
    expect(rejectionCode(() => signDocument(rejected, signature('ainur', 'SINGLE')))).toBe(Code.WRONG_STATUS);
  });

  it('lets only the author withdraw, and only before the document leaves for the bank', () => {
    expect(rejectionCode(() => withdrawDocument(submitted(), { actor: actor('ainur'), at: AT }))).toBe(
      Code.NOT_AUTHOR,
    );
    expect(withdrawDocument(submitted(), { actor: actor('author'), at: AT }).status).toBe('WITHDRAWN');
    const sent = markSentToBank(signDocument(submitted(), signature('ainur', 'SINGLE')), AT);
    expect(rejectionCode(() => withdrawDocument(sent, { actor: actor('author'), at: AT }))).toBe(
      Code.WRONG_STATUS,
    );
  });

  it('lets operators cancel a payment before it leaves for the bank, with who and why on its timeline', () => {
    const cancellation = {
      operator: { staffId: 'op-1', name: 'Олжас' },
      reason: 'Client asked by phone',
      at: AT,
    };
    const cancelled = cancelDocument(submitted(), cancellation);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.awaiting).toEqual({ kind: 'NOTHING' });
    expect(cancelled.timeline.at(-1)).toMatchObject({
      event: 'CANCELLED',
      details: { operator: 'Олжас', staffId: 'op-1', reason: 'Client asked by phone' },
    });
    // Complete and on its way (or sent): the bank may have it, so it can only go forward.
    const complete = signDocument(submitted(), signature('ainur', 'SINGLE'));
    expect(readyToDispatch(complete)).toBe(true);
    expect(rejectionCode(() => cancelDocument(complete, cancellation))).toBe(Code.WRONG_STATUS);
    expect(rejectionCode(() => cancelDocument(markSentToBank(complete, AT), cancellation))).toBe(
      Code.WRONG_STATUS,
    );
  });

  it('expires a document still awaiting signatures, and never one already sent', () => {
    expect(expireDocument(submitted(), AT).status).toBe('EXPIRED');
    const sent = markSentToBank(signDocument(submitted(), signature('ainur', 'SINGLE')), AT);
    expect(rejectionCode(() => expireDocument(sent, AT))).toBe(Code.WRONG_STATUS);
  });

  it('sets the default deadline at the end of the value date in Almaty (UTC+5)', () => {
    expect(submitted().deadline).toBe(`${paymentOrder().valueDate}T18:59:59.999Z`);
  });

  it('numbers every timeline entry in order, with the actor and channel', () => {
    const state = signDocument(submitted(), signature('ainur', 'SINGLE', 'OTP'));
    expect(state.timeline.map((entry) => [entry.seq, entry.event])).toEqual([
      [1, 'CREATED'],
      [2, 'SUBMITTED'],
      [3, 'SIGNED'],
    ]);
    expect(state.timeline[2]!.actor).toEqual({ userId: 'ainur', name: 'User ainur', channel: 'LIGHT' });
  });
});

describe(applyBankReport.name, () => {
  const sent = () => markSentToBank(signDocument(submitted(), signature('ainur', 'SINGLE')), AT);

  it('records ACCEPTED then EXECUTED, and ignores a repeated report', () => {
    const accepted = applyBankReport(sent(), { status: 'ACCEPTED', reference: 'BANK-1', at: AT });
    const executed = applyBankReport(accepted, { status: 'EXECUTED', at: AT });
    expect(executed.status).toBe('EXECUTED');
    expect(applyBankReport(executed, { status: 'EXECUTED', at: AT })).toBe(executed);
    expect(executed.timeline.map((entry) => entry.event).slice(-3)).toEqual([
      'SENT_TO_BANK',
      'ACCEPTED',
      'EXECUTED',
    ]);
  });

  it('treats an EXECUTED that arrives first as accepted and executed', () => {
    const executed = applyBankReport(sent(), { status: 'EXECUTED', reference: 'BANK-2', at: AT });
    expect(executed.timeline.map((entry) => entry.event).slice(-2)).toEqual(['ACCEPTED', 'EXECUTED']);
    expect(executed.bank.reference).toBe('BANK-2');
  });

  it("keeps the timeline's times in its order when the bank's clock is behind, with the bank's own time kept", () => {
    const bankEarlier = '2026-11-20T05:59:58.000Z';
    const executed = applyBankReport(sent(), { status: 'EXECUTED', reference: 'BANK-3', at: bankEarlier });
    const times = executed.timeline.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(executed.timeline.slice(-2)).toEqual([
      expect.objectContaining({
        event: 'ACCEPTED',
        at: AT,
        details: { reference: 'BANK-3', bankAt: bankEarlier },
      }),
      expect.objectContaining({ event: 'EXECUTED', at: AT, details: { bankAt: bankEarlier } }),
    ]);
    const onTime = applyBankReport(sent(), { status: 'EXECUTED', at: '2026-11-20T06:00:05.000Z' });
    expect(onTime.timeline.at(-1)).not.toHaveProperty('details');
  });

  it('keeps the bank reason of a rejection', () => {
    const rejected = applyBankReport(sent(), { status: 'REJECTED', reason: 'INSUFFICIENT_FUNDS', at: AT });
    expect(rejected).toMatchObject({ status: 'REJECTED_BY_BANK', bank: { reason: 'INSUFFICIENT_FUNDS' } });
  });
});
