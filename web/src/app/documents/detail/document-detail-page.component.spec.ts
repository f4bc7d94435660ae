import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { KZ_BANKS } from '@qoltanba/workflows/domain';
import { AWAITING_FIRST, aDocument } from '../../../testing/documents';
import { provideFakeEventSources } from '../../../testing/fake-event-source';
import { nextRequest } from '../../../testing/http';
import { aClient, signIn } from '../../../testing/session';
import { settle } from '../../../testing/settle';
import type { ClientPrincipal } from '../../core/auth/session';
import type { DocumentView } from '../document';
import { DocumentDetailPageComponent } from './document-detail-page.component';
import type { OtpChallenge } from '../../core/otp/otp-challenge';
import { provideScreenTesting } from '../../../testing/screen';

/** Awaiting a first signature; written by someone other than the users below. */
const AWAITING = aDocument({ status: 'AWAITING_SIGNATURES', awaiting: AWAITING_FIRST, authorId: 'author' });

describe(DocumentDetailPageComponent.name, () => {
  let fixture: ComponentFixture<DocumentDetailPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openDetail(document: DocumentView, user: ClientPrincipal): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting(), provideFakeEventSources()],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(http, user);
    fixture = TestBed.createComponent(DocumentDetailPageComponent);
    fixture.componentRef.setInput('id', document.id);
    (await nextRequest(http, '/api/reference/banks')).flush(KZ_BANKS);
    (await nextRequest(http, '/api/reference/knp')).flush([]);
    (await nextRequest(http, '/api/reference/kbk')).flush([]);
    (await nextRequest(http, '/api/reference/tax-offices')).flush([]);
    (await nextRequest(http, '/api/reference/own-bank')).flush({});
    await answerDocument(document);
  }

  async function answerDocument(document: DocumentView): Promise<void> {
    (await nextRequest(http, `/api/documents/${document.id}`)).flush(document);
    (await nextRequest(http, `/api/documents/${document.id}/timeline`)).flush([]);
    await settle(fixture);
  }

  /** The actions on the document's process, by their labels, as the user sees them. */
  function actions(): string[] {
    const group = (fixture.nativeElement as HTMLElement).querySelector('[role="group"]');
    return [...(group?.querySelectorAll('button:not(.save-template), a:not(.repeat)') ?? [])].map(
      (action) => action.textContent?.trim() ?? '',
    );
  }

  function find(selector: string): HTMLElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
  }

  describe('makes the next payment from this one', () => {
    it('offers a preparer on a desktop to repeat it or save it as a named template', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'FIRST', channel: 'LIGHT' }));
      expect(find('a.repeat')?.getAttribute('href')).toBe(`/documents/new?from=${AWAITING.id}`);

      find('button.save-template')!.click();
      await settle(fixture);
      const name = find('#template-name') as HTMLInputElement;
      name.value = 'Аренда офиса';
      name.dispatchEvent(new Event('input'));
      (find('.template-form button[type="submit"]') as HTMLButtonElement).click();
      const request = await nextRequest(http, '/api/payment-templates');
      expect(request.request.body).toMatchObject({
        name: 'Аренда офиса',
        payment: {
          beneficiary: AWAITING.content.beneficiary,
          knp: AWAITING.content.knp,
          purpose: AWAITING.content.purpose,
        },
      });
      expect(request.request.body.payment.number).toBeUndefined();
      request.flush({ id: 't-1', name: 'Аренда офиса', payment: {}, createdAt: '' });
      await settle(fixture);
      expect(find('.action-message')?.textContent).toContain('The template is saved');
    });

    it('offers neither to a user who may not prepare payments', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'SECOND', channel: 'MOBILE' }));
      expect([find('a.repeat'), find('button.save-template')]).toEqual([null, null]);
    });
  });

  describe('offers each user only the actions they may take now', () => {
    it('a FIRST signer in Standard signs with EDS', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'FIRST', channel: 'STANDARD' }));

      expect(actions()).toEqual(['Sign with EDS', 'Edit', 'Reject']);
    });

    it('a FIRST signer in Light approves with OTP, never with EDS', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'FIRST', channel: 'LIGHT' }));

      expect(actions()).toEqual(['Approve with OTP', 'Edit', 'Reject']);
    });

    it('a FIRST signer on Mobile approves with OTP and cannot edit', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'FIRST', channel: 'MOBILE' }));

      expect(actions()).toEqual(['Approve with OTP', 'Reject']);
    });

    it('a SECOND signer waits for the first signature', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'SECOND', channel: 'LIGHT' }));

      expect(actions()).toEqual(['Edit', 'Reject']);
    });

    it('a user without a signing right neither signs, approves nor rejects', async () => {
      await openDetail(AWAITING, aClient({ signatureRight: 'NONE', channel: 'STANDARD', mayPrepare: true }));

      expect(actions()).toEqual(['Edit']);
    });

    it('the author of a draft sends it for signature, edits or withdraws it', async () => {
      const draft = aDocument({ authorId: 'user-1', awaiting: { kind: 'SUBMISSION', authorId: 'user-1' } });
      await openDetail(draft, aClient({ userId: 'user-1', signatureRight: 'NONE', mayPrepare: true }));

      expect(actions()).toEqual(['Send for signature', 'Edit', 'Withdraw']);
    });

    it('nobody acts on an executed payment', async () => {
      const executed = aDocument({ status: 'EXECUTED', awaiting: { kind: 'NOTHING' }, authorId: 'user-1' });
      await openDetail(executed, aClient({ userId: 'user-1', signatureRight: 'SINGLE' }));

      expect(actions()).toEqual([]);
    });
  });

  describe('editing a signed document', () => {
    const signed = aDocument({
      status: 'AWAITING_SIGNATURES',
      awaiting: { kind: 'SIGNATURE', rights: ['SECOND'], excludedUserIds: ['first-signer'] },
      authorId: 'author',
      revision: 2,
      signatures: [
        {
          slot: 'FIRST',
          signerId: 'first-signer',
          signerName: 'Айгерім Сәрсенова',
          right: 'FIRST',
          channel: 'STANDARD',
          method: 'EDS',
          contentHash: 'hash',
          revision: 2,
          signedAt: '2026-03-16T05:00:00Z',
          evidenceId: 'evidence-1',
        },
      ],
    });
    const preparer = aClient({ signatureRight: 'NONE', channel: 'STANDARD', mayPrepare: true });

    it('asks first, naming whose signatures an edit discards, and cancelling keeps everything', async () => {
      await openDetail(signed, preparer);

      find('button.edit')!.click();
      await settle(fixture);

      expect(find('[role="alertdialog"]')?.textContent).toContain(
        'The document has been signed by Айгерім Сәрсенова. Editing it discards these signatures',
      );
      [...fixture.nativeElement.querySelectorAll('.edit-confirm button')]
        .find((button: HTMLElement) => button.textContent?.trim() === 'Cancel')!
        .click();
      await settle(fixture);
      expect(find('[role="alertdialog"]')).toBeNull();
      expect(actions()).toContain('Edit');
    });

    it('opens the form at once when no signature would be lost', async () => {
      await openDetail({ ...signed, signatures: [{ ...signed.signatures[0]!, revision: 1 }] }, preparer);
      const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

      find('button.edit')!.click();
      await settle(fixture);

      expect(find('[role="alertdialog"]')).toBeNull();
      expect(navigate).toHaveBeenCalledWith(['/documents', signed.id, 'edit']);
    });
  });

  it('says why the bank refused a payment in words, never as its raw code', async () => {
    const refused = aDocument({
      status: 'REJECTED_BY_BANK',
      awaiting: { kind: 'NOTHING' },
      authorId: 'user-1',
      bank: { reason: 'INSUFFICIENT_FUNDS' },
    });
    await openDetail(refused, aClient({ userId: 'user-1', signatureRight: 'SINGLE' }));

    expect(find('.bank-refusal')?.textContent?.trim()).toBe(
      'The bank’s answer: not enough money in the account.',
    );
    expect(find('.bank-refusal')?.textContent).not.toContain('INSUFFICIENT_FUNDS');
  });

  it('approves with an OTP on Mobile, then shows the document as signed', async () => {
    await openDetail(AWAITING, aClient({ userId: 'signer', signatureRight: 'SINGLE', channel: 'MOBILE' }));

    find('button.approve-otp')?.click();
    await settle(fixture);
    const challenge: OtpChallenge = {
      challengeId: 'challenge-1',
      expiresAt: '2026-03-16T04:05:00Z',
      device: 'TOKEN',
      amount: AWAITING.amount,
      payee: AWAITING.content.beneficiary,
      documents: [],
      digest: 'digest-1',
    };
    (await nextRequest(http, '/api/documents/doc-1/otp-challenges')).flush(challenge);
    await settle(fixture);
    const code = find('#otp-code') as HTMLInputElement;
    code.value = '123456';
    code.dispatchEvent(new Event('input'));
    find('button.otp-confirm')?.click();
    const signed = aDocument({ ...AWAITING, status: 'SIGNED', awaiting: { kind: 'BANK' } });
    (await nextRequest(http, '/api/documents/doc-1/signatures')).flush(signed);
    await settle(fixture);

    expect(find('.action-message')?.textContent?.trim()).toBe('The document is approved.');
    expect(find('qb-status-badge')?.textContent?.trim()).toBe('Signed');
    expect(find('qb-otp-approval')).toBeNull();
    expect(actions()).toEqual([]);
    // The timeline follows from the server.
    await answerDocument(signed);
  });
});
