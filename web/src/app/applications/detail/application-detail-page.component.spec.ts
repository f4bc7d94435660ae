import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@qoltanba/workflows/domain';
import { provideFakeEventSources } from '../../../testing/fake-event-source';
import { nextRequest } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { aClient, signIn } from '../../../testing/session';
import { settle } from '../../../testing/settle';
import type { ClientPrincipal } from '../../core/auth/session';
import type { ApplicationView } from '../application';
import { anApplication } from '../application.fixtures';
import { ApplicationDetailPageComponent } from './application-detail-page.component';

@Component({ template: '<h1>Other</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class StubComponent {}

const PURCHASE_DONE = anApplication({
  id: 'app-5',
  kind: 'CURRENCY_PURCHASE',
  family: 'CURRENCY',
  status: 'DONE',
  awaiting: { kind: 'NOTHING' },
  content: {
    kind: 'CURRENCY_PURCHASE',
    debitIban: 'KZ869980000000000001',
    creditIban: 'KZ119980000000000002',
    fixedSide: 'DEBIT',
    amount: { minor: 47200000, currency: 'KZT' },
    rate: { kind: 'BANK' },
    valueDate: '2026-03-17',
    purpose: 'Import payment',
  },
  bank: {
    reference: 'B-991',
    result: {
      executedRate: '472.00',
      debited: { minor: 47200000, currency: 'KZT' },
      credited: { minor: 100000, currency: 'USD' },
      note: 'Executed at 10:15',
      file: {
        id: 'file-7',
        fileName: 'confirmation.pdf',
        mediaType: 'application/pdf',
        size: 1200,
        sha256: 'ab',
      },
    },
  },
});

describe(ApplicationDetailPageComponent.name, () => {
  let fixture: ComponentFixture<ApplicationDetailPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openDetail(application: ApplicationView, user: ClientPrincipal = aClient()): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'applications/:id', component: StubComponent }]),
        ...provideScreenTesting(),
        provideFakeEventSources(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await signIn(http, user);
    fixture = TestBed.createComponent(ApplicationDetailPageComponent);
    fixture.componentRef.setInput('id', application.id);
    await answer(application);
  }

  async function answer(application: ApplicationView): Promise<void> {
    (await nextRequest(http, `/api/applications/${application.id}`)).flush(application);
    (await nextRequest(http, `/api/applications/${application.id}/timeline`)).flush([
      {
        seq: 1,
        event: 'CREATED',
        status: 'DRAFT',
        at: '2026-03-16T04:00:00Z',
        actor: { userId: 'user-1', name: 'Aigerim Nurlanovna', channel: 'LIGHT' },
      },
      { seq: 2, event: 'DONE', status: 'DONE', at: '2026-03-17T05:00:00Z' },
    ]);
    await settle(fixture);
  }

  function find(selector: string): HTMLElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(selector);
  }

  function text(selector: string): string {
    return (
      find(selector)
        ?.textContent?.replace(/[ \n\t]+/g, ' ')
        .trim() ?? ''
    );
  }

  /** A list's terms and their descriptions, as `term: description`. */
  function details(selector: string): string[] {
    return [...(find(selector)?.querySelectorAll('dt') ?? [])].map(
      (term) => `${term.textContent?.trim()}: ${term.nextElementSibling?.textContent?.trim()}`,
    );
  }

  function actions(): string[] {
    const group = find('[role="group"]');
    return [...(group?.querySelectorAll('button, a') ?? [])].map(
      (action) => action.textContent?.trim() ?? '',
    );
  }

  it('shows the bank’s answer: executed rate, both amounts, its note and the answer to download', async () => {
    await openDetail(PURCHASE_DONE);

    expect(text('.executed-rate')).toBe('472.00');
    expect(text('.debited')).toBe('472\u202f000.00\u00a0₸');
    expect(text('.credited')).toBe('1\u202f000.00\u00a0USD');
    expect(text('.note')).toBe('Executed at 10:15');
    expect(find('a.answer-file')?.getAttribute('href')).toBe('/api/applications/app-5/files/file-7');
  });

  it('says every field of the content in words', async () => {
    await openDetail(PURCHASE_DONE);

    expect(details('.content-fields')).toEqual([
      'Number: 2026-000017',
      'Created: 16.03.2026, 09:00',
      'Debit account: KZ86 9980 0000 0000 0001',
      'Credit account: KZ11 9980 0000 0000 0002',
      'The amount fixes: What is debited',
      'Amount: 472\u202f000.00\u00a0₸',
      'Rate: The bank’s rate at execution',
      'Value date: 17.03.2026',
      'Purpose: Import payment',
      'Bank reference: B-991',
    ]);
    expect(text('.timeline')).toContain('Executed by the bank');
    expect(text('.timeline')).toContain('Aigerim Nurlanovna (Light)');
  });

  it('translates the bank’s refusal reason', async () => {
    await openDetail(
      anApplication({
        status: 'REFUSED_BY_BANK',
        awaiting: { kind: 'NOTHING' },
        bank: { reason: 'INSUFFICIENT_FUNDS' },
      }),
    );

    expect(text('.bank-refusal')).toBe('The bank refused: not enough money in the account.');
  });

  it('links an application to the cancellation asked for it, with that cancellation’s status', async () => {
    await openDetail(
      anApplication({
        status: 'ACCEPTED',
        awaiting: { kind: 'BANK' },
        cancellation: { applicationId: 'app-8', status: 'SENT' },
      }),
    );

    expect(find('a.cancellation-link')?.getAttribute('href')).toBe('/applications/app-8');
    expect(text('.cancellation')).toBe('Cancellation requested — sent to the bank');
    // A cancellation already on its way is not asked for twice.
    expect(actions()).not.toContain('Ask to cancel');
  });

  it('names and links the application a cancellation cancels', async () => {
    await openDetail(
      anApplication({
        id: 'app-8',
        kind: 'CANCELLATION',
        status: 'AWAITING_SIGNATURES',
        awaiting: { kind: 'SIGNATURE', rights: ['SINGLE', 'FIRST'], excludedUserIds: [] },
        content: {
          kind: 'CANCELLATION',
          applicationId: 'app-1',
          cancelledKind: 'CASH_WITHDRAWAL',
          cancelledNumber: '2026-000017',
          reason: 'Plans changed',
        },
      }),
    );

    expect(find('a.cancelled-link')?.getAttribute('href')).toBe('/applications/app-1');
    expect(text('.cancels')).toBe('This request cancels Cash withdrawal No. 2026-000017');
    expect(details('.content-fields')).toContain('Reason: Plans changed');
    expect(details('.content-fields')).toContain('Cancels: Cash withdrawal');
  });

  describe('offers "Ask to cancel" only while the bank holds the application', () => {
    const held = new Set<ApplicationStatus>(['SENT_TO_BANK', 'ACCEPTED', 'IN_PROGRESS']);

    it.each([...APPLICATION_STATUSES])('%s', async (status) => {
      await openDetail(anApplication({ status, awaiting: { kind: held.has(status) ? 'BANK' : 'NOTHING' } }));

      expect(actions().includes('Ask to cancel')).toBe(held.has(status));
    });
  });

  it('asks the bank to cancel with a reason, then opens the new cancellation', async () => {
    await openDetail(anApplication({ status: 'IN_PROGRESS', awaiting: { kind: 'BANK' } }));

    find('button.ask-to-cancel')?.click();
    await settle(fixture);
    const reason = find('#reason') as HTMLTextAreaElement;
    reason.value = 'Plans changed';
    reason.dispatchEvent(new Event('input'));
    find('button.confirm-reason')?.click();
    const request = await nextRequest(http, '/api/applications/app-1/cancellation');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'Plans changed' });
    request.flush(anApplication({ id: 'app-8', kind: 'CANCELLATION', status: 'AWAITING_SIGNATURES' }));
    await settle(fixture);

    expect(TestBed.inject(Router).url).toBe('/applications/app-8');
  });

  it('approves a service application with an OTP on Mobile', async () => {
    const awaiting = anApplication({
      status: 'AWAITING_SIGNATURES',
      authorId: 'author',
      awaiting: { kind: 'SIGNATURE', rights: ['SINGLE', 'FIRST'], excludedUserIds: [] },
    });
    await openDetail(awaiting, aClient({ channel: 'MOBILE', signatureRight: 'SINGLE' }));
    expect(actions()).toEqual(['Approve with OTP', 'Edit', 'Reject']);

    find('button.approve-otp')?.click();
    await settle(fixture);
    (await nextRequest(http, '/api/applications/app-1/otp-challenges')).flush({
      challengeId: 'challenge-1',
      expiresAt: '2026-03-16T04:05:00Z',
      device: 'TOKEN',
      documents: [],
      digest: 'digest-1',
    });
    await settle(fixture);
    expect(text('.otp .what')).toContain('2026-000017');
    const code = find('#otp-code') as HTMLInputElement;
    code.value = '123456';
    code.dispatchEvent(new Event('input'));
    find('button.otp-confirm')?.click();
    const sign = await nextRequest(http, '/api/applications/app-1/signatures');
    expect(sign.request.body).toEqual({
      contentHash: 'hash-app-1',
      evidence: { kind: 'OTP', challengeId: 'challenge-1', code: '123456' },
    });
    const signed = anApplication({ ...awaiting, status: 'SENT_TO_BANK', awaiting: { kind: 'BANK' } });
    sign.flush(signed);
    await settle(fixture);

    expect(text('.action-message')).toBe('The application is approved.');
    await answer(signed);
  });
});
