import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { AccountView } from '../../accounts/account';
import type { ExchangeRateView } from '../application';
import { anApplication } from '../application.fixtures';
import { FormDrafts } from '../../core/forms/form-drafts';
import { DraftsOnThisDevice } from '../../../testing/drafts';
import { ApplicationFormPageComponent } from './application-form-page.component';

@Component({ template: '<h1>Application</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class StubApplicationPageComponent {}

const KZT_IBAN = 'KZ869980000000000001';
const USD_IBAN = 'KZ119980000000000002';
const ACCOUNTS: AccountView[] = [
  { id: 'acc-1', iban: KZT_IBAN, currency: 'KZT', title: 'Current account' },
  { id: 'acc-2', iban: USD_IBAN, currency: 'USD', title: 'Dollar account' },
];
const RATES: ExchangeRateView[] = [
  { currency: 'USD', buy: '468.00', sell: '472.00', updatedAt: '2026-03-16T04:00:00Z' },
];

describe(ApplicationFormPageComponent.name, () => {
  let fixture: ComponentFixture<ApplicationFormPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  /** Opens a new application of the kind; drafts are kept only on a device the test gives. */
  async function openForm(kind: string, drafts?: DraftsOnThisDevice): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'applications/:id', component: StubApplicationPageComponent }]),
        ...provideScreenTesting(),
        ...(drafts ? [{ provide: FormDrafts, useValue: drafts }] : []),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ApplicationFormPageComponent);
    fixture.componentRef.setInput('kind', kind);
    (await nextRequest(http, '/api/accounts')).flush(ACCOUNTS);
    await settle(fixture);
  }

  function element<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
    if (!found) throw new Error(`nothing on the page matches ${selector}`);
    return found;
  }

  function field(path: string): HTMLInputElement {
    return element<HTMLInputElement>(`#af-${path.replace(/\./g, '-')}`);
  }

  function messageOf(path: string): string {
    const id = field(path).getAttribute('aria-describedby') ?? '';
    return element(`#${id}`).textContent?.trim() ?? '';
  }

  async function fill(path: string, text: string): Promise<void> {
    const input = field(path);
    input.value = text;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    await settle(fixture);
  }

  async function press(selector: 'button.save-draft' | 'button.submit-for-signature'): Promise<void> {
    element<HTMLButtonElement>(selector).click();
    await settle(fixture);
  }

  const isCreate = (request: { method: string; url: string }): boolean =>
    request.method === 'POST' && request.url === '/api/applications';

  it('keeps nothing of a form only opened, its account chosen for the user: the next one starts without "restored"', async () => {
    const device = new DraftsOnThisDevice();
    await openForm('CASH_WITHDRAWAL', device);
    expect(field('accountIban').value).toBe(KZT_IBAN);
    fixture.destroy();

    fixture = TestBed.createComponent(ApplicationFormPageComponent);
    fixture.componentRef.setInput('kind', 'CASH_WITHDRAWAL');
    await settle(fixture);

    expect((fixture.nativeElement as HTMLElement).querySelector('.restored-draft')).toBeNull();
    expect(field('accountIban').value).toBe(KZT_IBAN);
  });

  it('brings an unsaved edit back over the same revision only, not over one someone saved since', async () => {
    const device = new DraftsOnThisDevice();
    const editOf = async (revision: number): Promise<void> => {
      fixture = TestBed.createComponent(ApplicationFormPageComponent);
      fixture.componentRef.setInput('id', 'app-9');
      (await nextRequest(http, '/api/applications/app-9')).flush(anApplication({ id: 'app-9', revision }));
      await settle(fixture);
    };
    await openForm('CASH_WITHDRAWAL', device);
    fixture.destroy();
    await editOf(1);
    await fill('purpose', 'Salary advance');
    fixture.destroy();

    await editOf(1);
    expect(field('purpose').value).toBe('Salary advance');
    fixture.destroy();

    await editOf(2);
    expect(field('purpose').value).toBe('Business trip expenses');
    expect((fixture.nativeElement as HTMLElement).querySelector('.restored-draft')).toBeNull();
  });

  it('names the revision an edit was made over; refused as saved since, opens the saved version on request', async () => {
    const device = new DraftsOnThisDevice();
    const isEdit = (request: { method: string; url: string }): boolean =>
      request.method === 'PUT' && request.url === '/api/applications/app-9';
    await openForm('CASH_WITHDRAWAL', device);
    fixture.destroy();
    fixture = TestBed.createComponent(ApplicationFormPageComponent);
    fixture.componentRef.setInput('id', 'app-9');
    (await nextRequest(http, '/api/applications/app-9')).flush(anApplication({ id: 'app-9', revision: 1 }));
    await settle(fixture);
    await fill('purpose', 'Salary advance');

    await press('button.save-draft');
    const edit = await nextRequest(http, isEdit);
    expect(edit.request.body).toMatchObject({ revision: 1, content: { purpose: 'Salary advance' } });
    refuse(edit, 409, 'APPLICATION_CHANGED', { field: 'revision' });
    await settle(fixture);

    expect(element('.outdated-edit p').textContent?.trim()).toBe(
      'This application was saved again after you opened it, by someone else or in another window. Your changes were not saved: open the saved version and make them again.',
    );
    element<HTMLButtonElement>('button.open-saved').click();
    const saved = anApplication({ id: 'app-9', revision: 2 });
    (await nextRequest(http, '/api/applications/app-9')).flush(saved);
    await settle(fixture);

    expect(field('purpose').value).toBe('Business trip expenses');
    expect(element('.saved-version').textContent?.trim()).toBe(
      'This is the version saved last. Make your changes again and save.',
    );
    expect(device.restore('application:app-9@1')).toBeUndefined();
    await press('button.save-draft');
    const again = await nextRequest(http, isEdit);
    expect(again.request.body).toMatchObject({ revision: 2 });
    again.flush(anApplication({ id: 'app-9', revision: 3 }));
    await settle(fixture);
  });

  describe('sends the request of each kind', () => {
    it('a cash withdrawal: the account, the amount as decimal text in the account’s currency, branch and purpose', async () => {
      await openForm('CASH_WITHDRAWAL');
      await fill('accountIban', USD_IBAN);
      await fill('amount', '1 500,5');
      await fill('date', '2026-03-18');
      await fill('branch', 'AST-01');
      await fill('purpose', 'Travel expenses');

      await press('button.submit-for-signature');

      const request = await nextRequest(http, isCreate);
      expect(request.request.params.get('submit')).toBe('true');
      expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
      expect(request.request.body).toEqual({
        kind: 'CASH_WITHDRAWAL',
        content: {
          accountIban: USD_IBAN,
          amount: '1500.5',
          currency: 'USD',
          date: '2026-03-18',
          branch: 'AST-01',
          purpose: 'Travel expenses',
        },
      });
      request.flush(anApplication({ id: 'app-9', status: 'AWAITING_SIGNATURES' }));
      await settle(fixture);
      expect(TestBed.inject(Router).url).toBe('/applications/app-9');
    });

    it('a foreign transfer: nested beneficiary, bank and contract groups, optional fields left out', async () => {
      await openForm('FX_TRANSFER');
      await fill('amount', '2000');
      await fill('valueDate', '2026-03-18');
      await fill('beneficiary.name', 'Berlin Parts GmbH');
      await fill('beneficiary.address', 'Hauptstr. 1, Berlin');
      await fill('beneficiary.country', 'DE');
      await fill('beneficiary.account', 'DE89370400440532013000');
      await fill('bank.bic', 'COBADEFFXXX');
      await fill('purpose', 'Spare parts, invoice 77');
      await fill('knp', '710');
      await fill('contract.number', 'C-15');
      await fill('contract.date', '2026-01-10');

      await press('button.save-draft');

      const request = await nextRequest(http, isCreate);
      expect(request.request.params.has('submit')).toBe(false);
      expect(request.request.body).toEqual({
        kind: 'FX_TRANSFER',
        content: {
          payerIban: USD_IBAN,
          amount: '2000',
          currency: 'USD',
          valueDate: '2026-03-18',
          charges: 'SHA',
          beneficiary: {
            name: 'Berlin Parts GmbH',
            address: 'Hauptstr. 1, Berlin',
            country: 'DE',
            account: 'DE89370400440532013000',
          },
          bank: { bic: 'COBADEFFXXX' },
          purpose: 'Spare parts, invoice 77',
          knp: '710',
          contract: { number: 'C-15', date: '2026-01-10' },
        },
      });
      request.flush(anApplication({ id: 'app-9' }));
      await settle(fixture);
    });

    it('a currency purchase at a limit rate, showing the bank’s rates', async () => {
      await openForm('CURRENCY_PURCHASE');
      (await nextRequest(http, '/api/applications/exchange-rates')).flush(RATES);
      await settle(fixture);
      expect(element('tr[data-currency="USD"]').textContent).toContain('472.00');

      await fill('amount', '10000');
      element<HTMLInputElement>('input[name="rate-kind"][value="LIMIT"]').click();
      await settle(fixture);
      await fill('rate', '470.50');
      await fill('purpose', 'Import payment');

      await press('button.save-draft');

      const request = await nextRequest(http, isCreate);
      expect(request.request.body).toMatchObject({
        kind: 'CURRENCY_PURCHASE',
        content: {
          debitIban: KZT_IBAN,
          creditIban: USD_IBAN,
          fixedSide: 'DEBIT',
          amount: '10000',
          rate: { kind: 'LIMIT', rate: '470.50' },
          purpose: 'Import payment',
        },
      });
      request.flush(anApplication({ id: 'app-9' }));
      await settle(fixture);
    });

    it('a letter with its attachment uploaded first, sent by id', async () => {
      await openForm('LETTER');
      await fill('subject', 'New director');
      await fill('body', 'Please find the order attached.');
      const input = field('attachmentIds');
      const file = new File(['%PDF-1.7'], 'order.pdf', { type: 'application/pdf' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));

      const upload = await nextRequest(http, '/api/applications/attachments');
      expect(upload.request.body).toBeInstanceOf(FormData);
      expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
      upload.flush({
        id: 'file-1',
        fileName: 'order.pdf',
        mediaType: 'application/pdf',
        size: 8,
        sha256: 'ab',
      });
      await settle(fixture);
      expect(element('.attachment-list').textContent).toContain('order.pdf');

      await press('button.save-draft');

      const request = await nextRequest(http, isCreate);
      expect(request.request.body).toEqual({
        kind: 'LETTER',
        content: {
          subject: 'New director',
          body: 'Please find the order attached.',
          attachmentIds: ['file-1'],
        },
      });
      request.flush(anApplication({ id: 'app-9' }));
      await settle(fixture);
    });
  });

  it('sends nothing while a required field is empty, and says which', async () => {
    await openForm('CASH_LODGEMENT');

    await press('button.save-draft');

    http.expectNone(isCreate);
    expect(messageOf('amount')).toBe('Required field.');
    expect(messageOf('source')).toBe('Required field.');
    expect(messageOf('branch')).toBe('Required field.');
  });

  it('shows the server’s violation under the field its path names (its own message for a code without a text), and clears it when retyped', async () => {
    await openForm('FX_TRANSFER');
    for (const [path, text] of Object.entries({
      amount: '2000',
      'beneficiary.name': 'Berlin Parts GmbH',
      'beneficiary.address': 'Hauptstr. 1',
      'beneficiary.country': 'XX',
      'beneficiary.account': 'DE89370400440532013000',
      'bank.bic': 'COBADEFF',
      purpose: 'Parts',
      knp: '710',
      'contract.number': 'C-15',
      'contract.date': '2026-01-10',
    })) {
      await fill(path, text);
    }

    await press('button.submit-for-signature');
    refuse(await nextRequest(http, isCreate), 422, 'VALIDATION_FAILED', {
      field: 'content',
      violations: [
        {
          field: 'content.beneficiary.country',
          code: 'APPLICATION_CODE_WITHOUT_TEXT_YET',
          message: 'Unknown country XX.',
        },
        {
          field: 'content.amount',
          code: 'APPLICATION_AMOUNT_TOO_MANY_DECIMALS',
          message: 'Too many decimals.',
        },
      ],
    });
    await settle(fixture);

    expect(field('beneficiary.country').getAttribute('aria-invalid')).toBe('true');
    expect(messageOf('beneficiary.country')).toBe('Unknown country XX.');
    expect(field('amount').getAttribute('aria-invalid')).toBe('true');
    expect(messageOf('amount')).toBe('Too many digits after the decimal separator for this currency.');
    expect(element('.form-error').textContent?.trim()).toBe(
      'The bank did not accept some fields. Correct the highlighted ones.',
    );
    expect(TestBed.inject(Router).url).toBe('/');

    await fill('beneficiary.country', 'DE');
    expect(field('beneficiary.country').getAttribute('aria-invalid')).toBe('false');
  });
});
