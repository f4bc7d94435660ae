import { describe, expect, it } from '@jest/globals';
import { ChangeRequestRejectionCode as Code } from './change-request-rejection.js';
import {
  amendChangeRequest,
  applied,
  applyFailed,
  checkApproval,
  expireChangeRequest,
  rejectChangeRequest,
  submitChangeRequest,
  withdrawChangeRequest,
} from './change-request-transitions.js';
import { EXEMPTIBLE_CHANGE_TYPES, isExemptible } from './change-types.js';

const MAKER = { staffId: 'maker', name: 'Мәдина' };
const CHECKER = { staffId: 'checker', name: 'Арман' };
const AT = '2026-12-04T10:00:00.000Z';

const pending = () =>
  submitChangeRequest({
    requestId: 'r1',
    organizationId: 'o1',
    targetKey: 'user:u1:access',
    summary: 'Change the right of Айнур',
    change: { type: 'CHANGE_USER_ACCESS', userId: 'u1', signatureRight: 'SINGLE' },
    maker: MAKER,
    exempt: false,
    at: AT,
    expiresAt: '2026-12-07T10:00:00.000Z',
  });

const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return undefined;
};

describe('change request transitions', () => {
  it('starts pending at revision 1, the maker named on its first entry', () => {
    expect(pending()).toMatchObject({
      status: 'PENDING_CHECK',
      revision: 1,
      checker: null,
      timeline: [{ seq: 1, event: 'SUBMITTED', status: 'PENDING_CHECK', actor: MAKER }],
    });
  });

  it('never lets the maker approve or reject their own request', () => {
    expect(refusal(() => checkApproval(pending(), MAKER, 1))).toBe(Code.OWN_REQUEST);
    expect(refusal(() => rejectChangeRequest(pending(), MAKER, 'no', AT))).toBe(Code.OWN_REQUEST);
  });

  it('approves only the revision the checker saw: an amendment needs a new look', () => {
    const amended = amendChangeRequest(
      pending(),
      {
        by: MAKER,
        change: { type: 'CHANGE_USER_ACCESS', userId: 'u1', signatureRight: 'NONE' },
        summary: 's',
        targetKey: 'user:u1:access',
        revision: 1,
      },
      AT,
    );
    expect(amended.revision).toBe(2);
    expect(refusal(() => checkApproval(amended, CHECKER, 1))).toBe(Code.CHANGED);
    expect(refusal(() => checkApproval(amended, CHECKER, 2))).toBeUndefined();
  });

  it('lets only the maker amend or withdraw, and never turn the request into a change of something else', () => {
    const change = { type: 'CHANGE_USER_ACCESS' as const, userId: 'u2' };
    expect(
      refusal(() =>
        amendChangeRequest(
          pending(),
          { by: CHECKER, change, summary: 's', targetKey: 'user:u1:access', revision: 1 },
          AT,
        ),
      ),
    ).toBe(Code.NOT_MAKER);
    expect(
      refusal(() =>
        amendChangeRequest(
          pending(),
          { by: MAKER, change, summary: 's', targetKey: 'user:u2:access', revision: 1 },
          AT,
        ),
      ),
    ).toBe(Code.TARGET_CHANGED);
    expect(refusal(() => withdrawChangeRequest(pending(), CHECKER, AT))).toBe(Code.NOT_MAKER);
    expect(withdrawChangeRequest(pending(), MAKER, AT).status).toBe('WITHDRAWN');
  });

  it('records the approval and the application, or the failure, and then refuses every other decision', () => {
    const done = applied(pending(), CHECKER, { userId: 'u1' }, AT);
    expect(done).toMatchObject({
      status: 'APPLIED',
      checker: CHECKER,
      outcome: { userId: 'u1' },
      decidedAt: AT,
    });
    expect(done.timeline.map((entry) => entry.event)).toEqual(['SUBMITTED', 'APPROVED', 'APPLIED']);
    const failed = applyFailed(
      pending(),
      CHECKER,
      { code: 'ORG_IBAN_TAKEN', message: 'taken', field: 'iban' },
      AT,
    );
    expect(failed.status).toBe('FAILED');
    for (const decided of [
      done,
      failed,
      expireChangeRequest(pending(), AT),
      rejectChangeRequest(pending(), CHECKER, 'no', AT),
    ]) {
      expect(refusal(() => checkApproval(decided, CHECKER, decided.revision))).toBe(Code.DECIDED);
      expect(refusal(() => withdrawChangeRequest(decided, MAKER, AT))).toBe(Code.DECIDED);
    }
  });

  it('lists as exemptible only changes that grant nothing: rights, channels, users and accounts never', () => {
    expect([...EXEMPTIBLE_CHANGE_TYPES].sort()).toEqual([
      'BLOCK_OTP_DEVICE',
      'CANCEL_TOKEN_REGISTRATION',
      'SEND_TEMPORARY_PASSWORD',
    ]);
    for (const type of [
      'CHANGE_USER_ACCESS',
      'ADD_USER',
      'BLOCK_USER',
      'UNBLOCK_USER',
      'ADD_ACCOUNT',
      'CLOSE_ACCOUNT',
      'ONBOARD_CLIENT',
      'ISSUE_OTP_DEVICE',
      'ISSUE_STANDARD_CREDENTIALS',
      'ISSUE_REGISTRATION_CREDENTIALS',
      'REGISTER_CERTIFICATE',
      'START_TOKEN_REISSUE',
    ] as const)
      expect(isExemptible(type)).toBe(false);
  });
});
