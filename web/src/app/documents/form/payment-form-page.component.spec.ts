import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { KZ_BANKS, almatyDate } from '@qoltanba/workflows/domain';
import { aDocument } from '../../../testing/documents';
import type { DocumentView } from '../document';
import { nextRequest, refuse } from '../../../testing/http';
import { settle } from '../../../testing/settle';
import type { AccountView } from '../../accounts/account';
import type { KnpEntry, OwnBank } from './bank-directory';
import { FormDrafts } from '../../core/forms/form-drafts';
import { DraftsOnThisDevice } from '../../../testing/drafts';
import { PaymentFormPageComponent } from './payment-form-page.component';
import { provideScreenTesting } from '../../../testing/screen';

@Component({ template: '<h1>Document</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class StubDocumentPageComponent {}

const PAYER_IBAN = 'KZ869980000000000001';
const HALYK_IBAN = 'KZ476010131000179714';
const VALID_BIN = '040540001230';

const SECOND_PAYER_IBAN = 'KZ599980000000000002';
const available = (tiyn: number, text: string) => ({
  balanceTiyn: tiyn,
  availableTiyn: tiyn,
  balance: text,
  available: text,
});
const ACCOUNTS: AccountView[] = [
  { id: 'acc-usd', iban: 'KZ869980000000000003', currency: 'USD', title: 'Dollar account' },
  {
    id: 'acc-1',
    iban: PAYER_IBAN,
    currency: 'KZT',
    title: 'Current account',
    balance: available(100_000, '1000.00'),
  },
  {
    id: 'acc-2',
    iban: SECOND_PAYER_IBAN,
    currency: 'KZT',
    title: 'Reserve',
    balance: available(700, '7.00'),
  },
];
const KNP: KnpEntry[] = [
  { code: '710', labelEn: 'Payment for goods', labelRu: 'Оплата за товары', labelKk: 'Тауарлар үшін төлем' },
  { code: '010', labelEn: 'Pension contributions', labelRu: 'ОПВ', labelKk: 'МЗЖ' },
];
const OWN_BANK: OwnBank = {
  bankCode: '998',
  bic: 'QOLTKZKA',
  name: 'Qoltanba Bank',
  bin: '991140000076',
  salaryTransitIban: 'KZ40998SALARY0000001',
};

describe(PaymentFormPageComponent.name, () => {
  let fixture: ComponentFixture<PaymentFormPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  /**
   * Opens a new payment form; the reference data is answered unless the test does it itself. Drafts
   * are kept only when a test gives the device's storage (the form keeps none without a session).
   */
  async function openForm(
    options: { answerBanks?: boolean; drafts?: DraftsOnThisDevice } = {},
  ): Promise<void> {
    configure(options.drafts);
    await renderForm(options.answerBanks ?? true);
  }

  function configure(drafts?: DraftsOnThisDevice): void {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'documents/:id', component: StubDocumentPageComponent }]),
        ...provideScreenTesting(),
        ...(drafts ? [{ provide: FormDrafts, useValue: drafts }] : []),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }

  /** The form editing `document`, as the server answers it now. */
  async function renderEdit(document: DocumentView, answerBanks: boolean): Promise<void> {
    fixture = TestBed.createComponent(PaymentFormPageComponent);
    fixture.componentRef.setInput('id', document.id);
    (await nextRequest(http, '/api/accounts')).flush(ACCOUNTS);
    (await nextRequest(http, '/api/beneficiaries')).flush([]);
    if (answerBanks) await answerReferenceData();
    (await nextRequest(http, `/api/documents/${document.id}`)).flush(document);
    await settle(fixture);
  }

  /** The form rendered (again, in the same test: the user comes back to it). */
  async function renderForm(answerBanks = true): Promise<void> {
    fixture = TestBed.createComponent(PaymentFormPageComponent);
    (await nextRequest(http, '/api/accounts')).flush(ACCOUNTS);
    (await nextRequest(http, '/api/beneficiaries')).flush([]);
    if (answerBanks) await answerReferenceData();
    await settle(fixture);
  }

  async function answerReferenceData(): Promise<void> {
    (await nextRequest(http, '/api/reference/banks')).flush(KZ_BANKS);
    (await nextRequest(http, '/api/reference/knp')).flush(KNP);
    (await nextRequest(http, '/api/reference/kbk')).flush([]);
    (await nextRequest(http, '/api/reference/tax-offices')).flush([]);
    (await nextRequest(http, '/api/reference/own-bank')).flush(OWN_BANK);
    await settle(fixture);
  }

  function element<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
    if (!found) throw new Error(`nothing on the page matches ${selector}`);
    return found;
  }

  function field(name: string): HTMLInputElement {
    return element<HTMLInputElement>(`#pf-${name}`);
  }

  /** The text screen readers announce with the field: its describedby element. */
  function messageOf(name: string): string {
    const id = field(name).getAttribute('aria-describedby') ?? '';
    return element(`#${id}`).textContent?.trim() ?? '';
  }

  async function type(name: string, text: string): Promise<void> {
    field(name).value = text;
    field(name).dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  async function leave(name: string): Promise<void> {
    field(name).dispatchEvent(new Event('blur'));
    await settle(fixture);
  }

  async function fillIn(name: string, text: string): Promise<void> {
    await type(name, text);
    await leave(name);
  }

  async function choose(name: string, value: string): Promise<void> {
    field(name).value = value;
    field(name).dispatchEvent(new Event('change'));
    await settle(fixture);
  }

  async function fillValidPayment(amount = '1250.50'): Promise<void> {
    await fillIn('number', '17');
    await fillIn('amount', amount);
    await fillIn('beneficiaryName', 'Halyk Supplies LLP');
    await fillIn('binIin', VALID_BIN);
    await fillIn('beneficiaryIban', HALYK_IBAN);
    await fillIn('kbe', '17');
    await choose('knp', '710');
    await fillIn('purpose', 'Payment for goods under contract 5');
  }

  async function press(
    selector: 'button.save-draft' | 'button.submit-for-signature' | 'button.add-row',
  ): Promise<void> {
    element<HTMLButtonElement>(selector).click();
    await settle(fixture);
  }

  const isCreate = (request: { method: string; url: string }): boolean =>
    request.method === 'POST' && request.url === '/api/documents';

  describe('the paying account', () => {
    it('offers only tenge accounts, pays from the first, and shows under it what the chosen one has available', async () => {
      await openForm();
      const offered = Array.from(field('payerIban').querySelectorAll('option'), (option) => option.value);
      expect(offered).toEqual([PAYER_IBAN, SECOND_PAYER_IBAN]);
      expect(field('payerIban').value).toBe(PAYER_IBAN);
      expect(messageOf('payerIban')).toMatch(/1\s?000[.,]00/);

      await choose('payerIban', SECOND_PAYER_IBAN);
      expect(messageOf('payerIban')).toMatch(/\b7[.,]00/);
    });
  });

  /** The notice that the form shows the user's unsaved entries again, if it says so. */
  const restoredNotice = () =>
    (fixture.nativeElement as HTMLElement).querySelector('.restored-draft')?.textContent?.trim();

  describe('the unsent form kept on this device', () => {
    it('brings back what the user typed, saying so, when the form is opened again', async () => {
      await openForm({ drafts: new DraftsOnThisDevice() });
      await fillIn('purpose', 'Rent for December');
      fixture.destroy();

      await renderForm(false); // the reference data is kept from the first time

      expect(field('purpose').value).toBe('Rent for December');
      expect(restoredNotice()).toBe('What you had typed and not saved is back. Check it and save.');
    });

    it('keeps nothing of a form only opened: the next new payment starts afresh, without the notice', async () => {
      await openForm({ drafts: new DraftsOnThisDevice() });
      expect(field('payerIban').value).toBe(PAYER_IBAN);
      fixture.destroy();

      await renderForm(false); // the reference data is kept from the first time

      expect(restoredNotice()).toBeUndefined();
      expect(field('payerIban').value).toBe(PAYER_IBAN);
    });
  });

  describe('an unsaved edit kept on this device', () => {
    it('comes back over the same revision of the document', async () => {
      configure(new DraftsOnThisDevice());
      await renderEdit(aDocument({ id: 'doc-9', revision: 1 }), true);
      await fillIn('purpose', 'Corrected purpose');
      fixture.destroy();

      await renderEdit(aDocument({ id: 'doc-9', revision: 1 }), false);

      expect(field('purpose').value).toBe('Corrected purpose');
      expect(restoredNotice()).toBe('What you had typed and not saved is back. Check it and save.');
    });

    it('is not brought back over a revision someone saved since: the document shows as it is now', async () => {
      configure(new DraftsOnThisDevice());
      await renderEdit(aDocument({ id: 'doc-9', revision: 1 }), true);
      await fillIn('purpose', 'Corrected purpose');
      fixture.destroy();

      const changed = aDocument({ id: 'doc-9', revision: 2 });
      await renderEdit(changed, false);

      expect(field('purpose').value).toBe(changed.content.purpose);
      expect(restoredNotice()).toBeUndefined();
    });
  });

  describe('an edit saved after someone else saved the document', () => {
    const isEdit = (request: { method: string; url: string }): boolean =>
      request.method === 'PUT' && request.url === '/api/documents/doc-9';
    /** A draft dated today, so that it can be saved as it is. */
    function draft(revision: number, purpose = 'Payment for goods under contract 5'): DocumentView {
      const document = aDocument({ id: 'doc-9', revision });
      const today = almatyDate(new Date().toISOString());
      return { ...document, content: { ...document.content, date: today, valueDate: today, purpose } };
    }

    it('names the revision it was made over', async () => {
      configure();
      await renderEdit(draft(3), true);
      await fillIn('purpose', 'Corrected purpose');

      await press('button.save-draft');

      const request = await nextRequest(http, isEdit);
      expect(request.request.body).toMatchObject({ revision: 3, purpose: 'Corrected purpose' });
      request.flush(aDocument({ id: 'doc-9', revision: 4 }));
      await settle(fixture);
      expect(TestBed.inject(Router).url).toBe('/documents/doc-9');
    });

    it('is refused, says so, and opens the saved version on request without what was typed over the old one', async () => {
      const drafts = new DraftsOnThisDevice();
      configure(drafts);
      await renderEdit(draft(1), true);
      await fillIn('purpose', 'My purpose');

      await press('button.save-draft');
      refuse(await nextRequest(http, isEdit), 409, 'DOCUMENT_CHANGED', { field: 'revision' });
      await settle(fixture);

      expect(element('.outdated-edit p').textContent?.trim()).toBe(
        'This payment was saved again after you opened it, by someone else or in another window. Your changes were not saved: open the saved version and make them again.',
      );
      expect(TestBed.inject(Router).url).toBe('/');

      element<HTMLButtonElement>('button.open-saved').click();
      (await nextRequest(http, '/api/documents/doc-9')).flush(draft(2, 'Their purpose'));
      await settle(fixture);

      expect(field('purpose').value).toBe('Their purpose');
      expect(element('.saved-version').textContent?.trim()).toBe(
        'This is the version saved last. Make your changes again and save.',
      );
      // Said where the eye goes: the button that asked for it, at the form's end, is gone.
      expect(document.activeElement).toBe(element('.saved-version'));
      expect((fixture.nativeElement as HTMLElement).querySelector('.outdated-edit')).toBeNull();
      expect(drafts.restore('payment:doc-9@1')).toBeUndefined();

      await fillIn('purpose', 'My purpose again');
      await press('button.save-draft');
      const again = await nextRequest(http, isEdit);
      expect(again.request.body).toMatchObject({ revision: 2, purpose: 'My purpose again' });
      again.flush(aDocument({ id: 'doc-9', revision: 3 }));
      await settle(fixture);
    });
  });

  describe('checks each field as the user leaves it', () => {
    it('shows a mistyped IBAN next to the field once the user leaves it, not while typing', async () => {
      await openForm();

      await type('beneficiaryIban', 'KZ476010131000179715');
      expect(field('beneficiaryIban').getAttribute('aria-invalid')).toBe('false');

      await leave('beneficiaryIban');
      expect(field('beneficiaryIban').getAttribute('aria-invalid')).toBe('true');
      expect(messageOf('beneficiaryIban')).toBe('The IBAN check digits do not match. Look for a typo.');
    });

    it('shows a wrong BIN/IIN check digit next to the field', async () => {
      await openForm();

      await fillIn('binIin', '040540001231');

      expect(field('binIin').getAttribute('aria-invalid')).toBe('true');
      expect(messageOf('binIin')).toBe('The BIN/IIN check digit does not match. Look for a typo.');
    });

    it('sends nothing, neither as a draft nor for signature, while a field is wrong', async () => {
      await openForm();
      await fillValidPayment();
      await fillIn('beneficiaryIban', 'KZ476010131000179715');
      await fillIn('binIin', '040540001231');

      await press('button.save-draft');
      await press('button.submit-for-signature');

      http.expectNone(isCreate);
      expect(messageOf('beneficiaryIban')).toBe('The IBAN check digits do not match. Look for a typo.');
      expect(messageOf('binIin')).toBe('The BIN/IIN check digit does not match. Look for a typo.');
    });

    it('shows every missing field at once when an empty form is saved, and focuses the first', async () => {
      await openForm();

      await press('button.save-draft');
      await new Promise((resolve) => setTimeout(resolve));

      // The number is the bank's to give when left empty.
      expect(messageOf('number')).toBe('Leave empty to get the next number of the year.');
      expect(messageOf('amount')).toBe('Required field.');
      expect(messageOf('purpose')).toBe('Required field.');
      expect(document.activeElement).toBe(field('amount'));
      http.expectNone(isCreate);
    });
  });

  describe('fills in the beneficiary’s bank', () => {
    it('takes the BIC from the IBAN’s bank code and names the bank', async () => {
      await openForm();

      await type('beneficiaryIban', HALYK_IBAN);

      expect(field('bic').value).toBe('HSBKKZKX');
      expect(messageOf('beneficiaryIban')).toBe('Bank: Halyk Bank');
    });

    it('fills the BIC in when the bank directory arrives after the IBAN was typed', async () => {
      await openForm({ answerBanks: false });
      await type('beneficiaryIban', HALYK_IBAN);
      expect(field('bic').value).toBe('');

      await answerReferenceData();

      expect(field('bic').value).toBe('HSBKKZKX');
    });

    it('follows the IBAN to another bank while the user has not typed a BIC', async () => {
      await openForm();

      await type('beneficiaryIban', HALYK_IBAN);
      await type('beneficiaryIban', 'KZ86722C000016068502');

      expect(field('bic').value).toBe('CASPKZKA');
      expect(messageOf('beneficiaryIban')).toBe('Bank: Kaspi Bank');
    });

    it('leaves a BIC the user typed alone', async () => {
      await openForm();

      await fillIn('bic', 'CASPKZKA');
      await type('beneficiaryIban', HALYK_IBAN);

      expect(field('bic').value).toBe('CASPKZKA');
    });
  });

  describe('makes a pension payment with its employee list', () => {
    it('fills in the State Corporation, offers only pension codes, and sends the rows with their total', async () => {
      await openForm();
      const kind = element<HTMLSelectElement>('#pf-kind');
      kind.value = 'PENSION';
      kind.dispatchEvent(new Event('change'));
      await settle(fixture);

      expect([
        field('beneficiaryIban').value,
        field('binIin').value,
        field('beneficiaryIban').readOnly,
      ]).toEqual(['KZ12009NPS0413609816', '160440007161', true]);
      const codes = [...element<HTMLSelectElement>('#pf-knp').options].map((option) => option.value);
      expect(codes).toEqual(['', '010']);

      await type('number', '18');
      await type('employees-0-iin', '871008401427');
      await type('employees-0-fullName', 'Ахметов Серик');
      await type('employees-0-birthDate', '08.10.1987');
      await type('employees-0-amount', '1 000,50');
      await press('button.add-row');
      await type('employees-1-iin', '900101400003');
      await type('employees-1-fullName', 'Иванова Анна');
      await type('employees-1-birthDate', '01.01.1990');
      await type('employees-1-amount', '999.50');
      expect(field('amount').value).toBe('2000.00');
      field('purpose').value = 'Пенсионные взносы';
      field('purpose').dispatchEvent(new Event('input'));
      await settle(fixture);

      await press('button.save-draft');
      const request = await nextRequest(http, isCreate);
      expect(request.request.body).toMatchObject({
        kind: 'PENSION',
        amount: '2000.00',
        knp: '010',
        employees: [
          { iin: '871008401427', fullName: 'Ахметов Серик', birthDate: '1987-10-08', amount: '1000.50' },
          { iin: '900101400003', fullName: 'Иванова Анна', birthDate: '1990-01-01', amount: '999.50' },
        ],
      });
      request.flush(aDocument({ id: 'doc-9' }));
      await settle(fixture);
    });
  });

  describe('keeps the amount exact', () => {
    it('shows "1 250,5" as "1250.50" once the user leaves the field', async () => {
      await openForm();

      await type('amount', '1 250,5');
      expect(messageOf('amount')).toBe('Will be saved as 1250.50');

      await leave('amount');
      expect(field('amount').value).toBe('1250.50');
    });

    it('sends the amount as the exact decimal text, not as a number', async () => {
      await openForm();
      await fillValidPayment('1 250,5');

      await press('button.save-draft');

      const request = await nextRequest(http, isCreate);
      const body = request.request.body as { amount: unknown };
      expect(body.amount).toBe('1250.50');
      request.flush(aDocument({ id: 'doc-9' }));
      await settle(fixture);
    });
  });

  describe('saves', () => {
    it('sends a valid order for signature with one request, and opens the new document', async () => {
      await openForm();
      await fillValidPayment();

      // An impatient double click still creates one document.
      element<HTMLButtonElement>('button.submit-for-signature').click();
      element<HTMLButtonElement>('button.submit-for-signature').click();
      const request = await nextRequest(http, isCreate);

      expect(request.request.params.get('submit')).toBe('true');
      expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
      expect(request.request.body).toMatchObject({
        number: '17',
        payerIban: PAYER_IBAN,
        amount: '1250.50',
        currency: 'KZT',
        beneficiary: {
          name: 'Halyk Supplies LLP',
          binIin: VALID_BIN,
          iban: HALYK_IBAN,
          bic: 'HSBKKZKX',
          kbe: '17',
        },
        knp: '710',
        purpose: 'Payment for goods under contract 5',
      });
      request.flush(aDocument({ id: 'doc-9', status: 'AWAITING_SIGNATURES' }));
      await settle(fixture);

      expect(TestBed.inject(Router).url).toBe('/documents/doc-9');
    });

    it('saves a draft without sending it for signature', async () => {
      await openForm();
      await fillValidPayment();

      await press('button.save-draft');

      const request = await nextRequest(http, isCreate);
      expect(request.request.params.has('submit')).toBe(false);
      request.flush(aDocument({ id: 'doc-9' }));
      await settle(fixture);
      expect(TestBed.inject(Router).url).toBe('/documents/doc-9');
    });

    it('shows the bank’s refusal of a field under that field, and stays on the form', async () => {
      await openForm();
      await fillValidPayment();

      await press('button.submit-for-signature');
      refuse(await nextRequest(http, isCreate), 400, 'VALIDATION_FAILED', {
        violations: [{ field: 'knp', code: 'PAYMENT_KNP_UNKNOWN', message: 'Unknown KNP.' }],
      });
      await settle(fixture);

      expect(field('knp').getAttribute('aria-invalid')).toBe('true');
      expect(messageOf('knp')).toBe('This code is not in the bank’s KNP catalogue.');
      expect(element('.form-error').textContent?.trim()).toBe(
        'The bank did not accept some fields. Correct the highlighted ones.',
      );
      expect(TestBed.inject(Router).url).toBe('/');
    });

    it('shows a refusal of a nested field (the beneficiary’s) under the form’s own field', async () => {
      await openForm();
      await fillValidPayment();

      await press('button.save-draft');
      refuse(await nextRequest(http, isCreate), 400, 'VALIDATION_FAILED', {
        violations: [{ field: 'beneficiary.binIin', code: 'PAYMENT_IIN_BIN_STRUCTURE', message: 'Bad BIN.' }],
      });
      await settle(fixture);

      expect(messageOf('binIin')).toBe(
        'This is not a valid BIN/IIN: check the entity type, division or century digit.',
      );

      await type('binIin', VALID_BIN);
      expect(field('binIin').getAttribute('aria-invalid')).toBe('false');
    });
  });
});
