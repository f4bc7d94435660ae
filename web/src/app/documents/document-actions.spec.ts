import { describe, expect, it } from '@jest/globals';
import type { Channel, SignatureRight } from '@qoltanba/workflows/domain';
import { AWAITING_FIRST, aDocument } from '../../testing/documents';
import { aClient } from '../../testing/session';
import type { ClientPrincipal } from '../core/auth/session';
import type { DocumentView } from './document';
import { type DocumentActions, availableActions } from './document-actions';

/** The actions offered, by name, so a failure shows exactly which button appeared or went missing. */
function offered(document: DocumentView, user: ClientPrincipal | undefined): (keyof DocumentActions)[] {
  const actions = availableActions(document, user);
  return (Object.keys(actions) as (keyof DocumentActions)[]).filter((action) => actions[action]);
}

/** A user of an organization that lets users without a signing right prepare documents. */
function signer(right: SignatureRight, channel: Channel, userId = 'signer-1'): ClientPrincipal {
  return aClient({ userId, signatureRight: right, channel, mayPrepare: true });
}

describe(availableActions.name, () => {
  describe('a document awaiting its first signature, written by someone else', () => {
    const awaitingFirst = aDocument({
      status: 'AWAITING_SIGNATURES',
      awaiting: AWAITING_FIRST,
      authorId: 'author',
    });

    it('offers a FIRST signer in Standard an EDS signature, never an OTP approval', () => {
      expect(offered(awaitingFirst, signer('FIRST', 'STANDARD'))).toEqual(['signWithEds', 'reject', 'edit']);
    });

    it('offers a FIRST signer in Light an OTP approval, never an EDS signature', () => {
      expect(offered(awaitingFirst, signer('FIRST', 'LIGHT'))).toEqual(['approveWithOtp', 'reject', 'edit']);
    });

    it('offers a FIRST signer on Mobile an OTP approval, and no editing (Mobile creates no payments)', () => {
      expect(offered(awaitingFirst, signer('FIRST', 'MOBILE'))).toEqual(['approveWithOtp', 'reject']);
    });

    it('offers a SINGLE signer the same signature as a FIRST one', () => {
      expect(offered(awaitingFirst, signer('SINGLE', 'STANDARD'))).toContain('signWithEds');
      expect(offered(awaitingFirst, signer('SINGLE', 'MOBILE'))).toContain('approveWithOtp');
    });

    it('offers a SECOND signer no signature before the first one, in any channel', () => {
      for (const channel of ['STANDARD', 'LIGHT', 'MOBILE'] as const) {
        const actions = offered(awaitingFirst, signer('SECOND', channel));
        expect(actions).not.toContain('signWithEds');
        expect(actions).not.toContain('approveWithOtp');
        expect(actions).toContain('reject');
      }
    });

    it('offers a user without a signing right neither signing, approving nor rejecting', () => {
      expect(offered(awaitingFirst, signer('NONE', 'STANDARD'))).toEqual(['edit']);
      expect(offered(awaitingFirst, signer('NONE', 'LIGHT'))).toEqual(['edit']);
      expect(offered(awaitingFirst, signer('NONE', 'MOBILE'))).toEqual([]);
    });

    it('offers no edit to a user without a signing right where the organization does not let them prepare', () => {
      const mayNotPrepare = aClient({ signatureRight: 'NONE', channel: 'STANDARD', mayPrepare: false });
      expect(offered(awaitingFirst, mayNotPrepare)).toEqual([]);
      const draft = aDocument({ authorId: mayNotPrepare.userId });
      expect(offered(draft, mayNotPrepare)).toEqual(['withdraw']);
    });
  });

  describe('a document with its FIRST signature in place', () => {
    const awaitingSecond = aDocument({
      status: 'AWAITING_SIGNATURES',
      authorId: 'author',
      awaiting: { kind: 'SIGNATURE', rights: ['SECOND'], excludedUserIds: ['first-signer'] },
    });

    it('offers a SECOND signer the second signature: EDS in Standard, OTP in Light and Mobile', () => {
      expect(offered(awaitingSecond, signer('SECOND', 'STANDARD'))).toContain('signWithEds');
      expect(offered(awaitingSecond, signer('SECOND', 'LIGHT'))).toContain('approveWithOtp');
      expect(offered(awaitingSecond, signer('SECOND', 'MOBILE'))).toContain('approveWithOtp');
    });

    it('offers another FIRST signer nothing to sign', () => {
      expect(offered(awaitingSecond, signer('FIRST', 'STANDARD'))).not.toContain('signWithEds');
      expect(offered(awaitingSecond, signer('FIRST', 'LIGHT'))).not.toContain('approveWithOtp');
    });

    it('never offers the same person a second signature on one document', () => {
      const alsoSecond = aDocument({
        ...awaitingSecond,
        awaiting: { kind: 'SIGNATURE', rights: ['SECOND'], excludedUserIds: ['signer-1'] },
      });
      expect(offered(alsoSecond, signer('SECOND', 'STANDARD'))).not.toContain('signWithEds');
      expect(offered(alsoSecond, signer('SECOND', 'MOBILE'))).not.toContain('approveWithOtp');
    });
  });

  describe('a document approved by OTP, awaiting the EDS that sends it to the bank', () => {
    const awaitingDispatch = aDocument({
      status: 'SIGNED',
      authorId: 'author',
      awaiting: { kind: 'DISPATCH_EDS', rights: ['SINGLE', 'FIRST', 'SECOND'] },
    });

    it('offers any signer in Standard the dispatch EDS', () => {
      expect(offered(awaitingDispatch, signer('SECOND', 'STANDARD'))).toContain('signWithEds');
    });

    it('offers Light and Mobile signers no way to send it: only an EDS can', () => {
      for (const channel of ['LIGHT', 'MOBILE'] as const) {
        const actions = offered(awaitingDispatch, signer('FIRST', channel));
        expect(actions).not.toContain('signWithEds');
        expect(actions).not.toContain('approveWithOtp');
      }
    });
  });

  describe('the author', () => {
    const author = signer('NONE', 'STANDARD', 'author');

    it('may submit or withdraw a draft', () => {
      const draft = aDocument({ authorId: 'author', awaiting: { kind: 'SUBMISSION', authorId: 'author' } });
      expect(offered(draft, author)).toEqual(['withdraw', 'edit', 'submit']);
    });

    it('may withdraw a document while its signatures are not complete', () => {
      const awaiting = aDocument({
        status: 'AWAITING_SIGNATURES',
        awaiting: AWAITING_FIRST,
        authorId: 'author',
      });
      expect(offered(awaiting, author)).toContain('withdraw');
      expect(offered(awaiting, signer('FIRST', 'STANDARD', 'someone-else'))).not.toContain('withdraw');
    });

    it('may no longer withdraw a complete document on its way to the bank, nor a finished one', () => {
      const atBank = aDocument({ status: 'SENT_TO_BANK', awaiting: { kind: 'BANK' }, authorId: 'author' });
      const executed = aDocument({ status: 'EXECUTED', awaiting: { kind: 'NOTHING' }, authorId: 'author' });
      expect(offered(atBank, author)).toEqual([]);
      expect(offered(executed, author)).toEqual([]);
      expect(offered(executed, signer('SINGLE', 'STANDARD', 'author'))).toEqual([]);
    });
  });

  it('offers nothing while nobody is logged in', () => {
    expect(offered(aDocument(), undefined)).toEqual([]);
  });
});
