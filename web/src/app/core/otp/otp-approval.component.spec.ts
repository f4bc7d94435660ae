import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aDocument } from '../../../testing/documents';
import { nextRequest, refuse } from '../../../testing/http';
import { settle } from '../../../testing/settle';
import type { DocumentView } from '../../documents/document';
import { DocumentsApi } from '../../documents/documents-api';
import { THIN_SPACE } from '../i18n/format';
import { OtpApprovalComponent } from './otp-approval.component';
import type { OtpChallenge } from './otp-challenge';
import { provideScreenTesting } from '../../../testing/screen';

const PAYEE = { name: 'Halyk Supplies LLP', iban: 'KZ476010131000179714', binIin: '040540001230' };

function aChallenge(device: OtpChallenge['device'] = 'TOKEN'): OtpChallenge {
  return {
    challengeId: 'challenge-1',
    expiresAt: '2026-03-16T04:05:00Z',
    device,
    amount: '1250.50',
    payee: PAYEE,
    documents: [
      { documentId: 'doc-1', number: '17', amount: '1250.50', payee: PAYEE, contentHash: 'hash-1' },
    ],
    digest: 'digest-1',
  };
}

describe(OtpApprovalComponent.name, () => {
  let fixture: ComponentFixture<OtpApprovalComponent<DocumentView>>;
  let http: HttpTestingController;
  let approved: DocumentView[];
  let closed: number;

  afterEach(() => http.verify());

  /** Opens the approval for the payment doc-1; it asks the server for a challenge straight away. */
  async function start(): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), ...provideScreenTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent<OtpApprovalComponent<DocumentView>>(OtpApprovalComponent);
    fixture.componentRef.setInput('api', TestBed.inject(DocumentsApi));
    fixture.componentRef.setInput('processId', 'doc-1');
    approved = [];
    closed = 0;
    fixture.componentInstance.approved.subscribe((document) => approved.push(document));
    fixture.componentInstance.closed.subscribe(() => closed++);
    const request = await nextRequest(http, '/api/documents/doc-1/otp-challenges');
    expect(request.request.method).toBe('POST');
    return request;
  }

  async function open(challenge: OtpChallenge = aChallenge()): Promise<void> {
    (await start()).flush(challenge);
    await settle(fixture);
  }

  function find<T extends Element = HTMLElement>(selector: string): T | null {
    return (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
  }

  /** The text as read, layout whitespace collapsed; thin and no-break spaces are part of amounts. */
  function text(selector: string): string {
    return (
      find(selector)
        ?.textContent?.replace(/[ \n\t]+/g, ' ')
        .trim() ?? ''
    );
  }

  function codeInput(): HTMLInputElement {
    const input = find<HTMLInputElement>('#otp-code');
    if (!input) throw new Error('no code field on screen');
    return input;
  }

  /** Types the code and presses "Approve". */
  async function enter(code: string): Promise<void> {
    codeInput().value = code;
    codeInput().dispatchEvent(new Event('input'));
    find<HTMLButtonElement>('button.otp-confirm')?.click();
    await settle(fixture);
  }

  it('shows what the code approves: the amount and the payee with IBAN and BIN/IIN', async () => {
    await open();

    expect(text('.otp-amount')).toBe(`1${THIN_SPACE}250.50\u00a0₸`);
    expect(text('.otp-payee')).toContain('Halyk Supplies LLP');
    expect(text('.otp-payee .iban')).toBe('KZ47 6010 1310 0017 9714');
    expect(text('.otp-payee')).toContain('BIN/IIN 040540001230');
  });

  it('asks for the token’s current code when the user has a token', async () => {
    await open(aChallenge('TOKEN'));

    expect(text('label[for="otp-code"]')).toBe('Code shown on your OTP token');
  });

  it('names the cell of the OTP card to take the code from', async () => {
    await open(aChallenge({ card: 17, serial: 'C-0042' }));

    expect(text('label[for="otp-code"]')).toBe('Code from cell 17 of OTP card C-0042');
  });

  it('sends the code with the challenge and the content it approves, and reports the approved document', async () => {
    await open();
    const signed = aDocument({ status: 'SIGNED', awaiting: { kind: 'BANK' } });

    await enter('123 456');
    const request = await nextRequest(http, '/api/documents/doc-1/signatures');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      contentHash: 'hash-1',
      evidence: { kind: 'OTP', challengeId: 'challenge-1', code: '123456' },
    });
    request.flush(signed);
    await settle(fixture);

    expect(approved).toEqual([signed]);
  });

  it('says a code is 6 digits, and sends nothing, for a shorter code', async () => {
    await open();

    await enter('12345');

    expect(text('#otp-error')).toBe('The code is 6 digits.');
    expect(codeInput().getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/documents/doc-1/signatures');
  });

  it('says a code was already used, clears it and lets the user enter the next one', async () => {
    await open();

    await enter('123456');
    refuse(await nextRequest(http, '/api/documents/doc-1/signatures'), 422, 'OTP_CODE_ALREADY_USED');
    await settle(fixture);

    expect(text('#otp-error')).toBe('This code has already been used. Enter a new one.');
    expect(codeInput().value).toBe('');
    expect(codeInput().disabled).toBe(false);
    expect(approved).toEqual([]);
  });

  it('says a code is wrong and how many attempts are left before the device blocks', async () => {
    await open();

    await enter('654321');
    refuse(await nextRequest(http, '/api/documents/doc-1/signatures'), 422, 'OTP_CODE_INVALID', {
      attemptsLeft: 3,
    });
    await settle(fixture);

    expect(text('#otp-error')).toBe('Wrong code. Attempts left: 3.');
    expect(codeInput().getAttribute('aria-invalid')).toBe('true');
  });

  it('offers a new challenge once the time for this one ran out', async () => {
    await open();

    await enter('123456');
    refuse(await nextRequest(http, '/api/documents/doc-1/signatures'), 410, 'OTP_CHALLENGE_EXPIRED');
    await settle(fixture);

    expect(text('#otp-error')).toBe('The time to enter the code has run out. Request again.');
    expect(codeInput().disabled).toBe(true);
    expect(find('button.otp-confirm')).toBeNull();

    [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Request again')
      ?.click();
    (await nextRequest(http, '/api/documents/doc-1/otp-challenges')).flush(aChallenge());
    await settle(fixture);

    expect(codeInput().disabled).toBe(false);
    expect(text('#otp-error')).toBe('');
  });

  it('tells a user whose device is blocked whom to contact, and offers no retry', async () => {
    refuse(await start(), 403, 'OTP_DEVICE_BLOCKED');
    await settle(fixture);

    expect(text('[role="alert"]')).toBe(
      'Your OTP device is blocked. Contact your account manager at the bank to unblock it.',
    );
    const buttons = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].map((button) =>
      button.textContent?.trim(),
    );
    expect(buttons).toEqual(['Cancel']);
  });

  it('closes when the user cancels', async () => {
    await open();

    [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Cancel')
      ?.click();

    expect(closed).toBe(1);
  });
});
