import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../testing/http';
import { provideScreenTesting } from '../../testing/screen';
import { settle } from '../../testing/settle';
import type { AccountView } from './account';
import { AccountForecastPageComponent } from './account-forecast-page.component';
import type { AccountForecastView, ForecastDayView } from './forecast';

const IBAN = 'KZ869980000000000001';
const ACCOUNTS: AccountView[] = [{ id: 'acc-1', iban: IBAN, currency: 'KZT', title: 'Current account' }];

function payment(id: string, amount: string, status: ForecastDayView['payments'][number]['status']) {
  const tiyn = Math.round(Number(amount) * 100);
  return {
    id,
    number: id,
    beneficiaryName: 'Halyk Supplies LLP',
    amountTiyn: tiyn,
    amount,
    valueDate: '2026-12-08',
    status,
  };
}

const SHORT: AccountForecastView = {
  iban: IBAN,
  currency: 'KZT',
  today: '2026-12-08',
  availableTiyn: 100_000,
  available: '1000.00',
  days: [
    {
      date: '2026-12-08',
      payments: [payment('17', '300.00', 'SENT_TO_BANK')],
      more: 0,
      outgoingTiyn: 30_000,
      outgoing: '300.00',
      closingTiyn: 70_000,
      closing: '700.00',
    },
    {
      date: '2026-12-09',
      payments: [
        payment('18', '600.00', 'SIGNED'),
        {
          ...payment('C-7', '150.00', 'ACCEPTED'),
          beneficiaryName: undefined,
          application: 'CASH_WITHDRAWAL',
        },
        payment('19', '50.00', 'AWAITING_SIGNATURES'),
      ],
      more: 3,
      outgoingTiyn: 80_000,
      outgoing: '800.00',
      closingTiyn: -10_000,
      closing: '-100.00',
    },
  ],
  shortFrom: '2026-12-09',
  drafts: 2,
};

describe(AccountForecastPageComponent.name, () => {
  let fixture: ComponentFixture<AccountForecastPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(
    answer: (request: Awaited<ReturnType<typeof nextRequest>>) => void,
  ): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccountForecastPageComponent);
    fixture.componentRef.setInput('iban', IBAN);
    (await nextRequest(http, '/api/accounts')).flush(ACCOUNTS);
    answer(await nextRequest(http, `/api/accounts/${IBAN}/forecast`));
    await settle(fixture);
    return fixture.nativeElement as HTMLElement;
  }

  const text = (page: HTMLElement, selector: string) =>
    page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('shows what is available now, each day’s payments and what is left, and the day the money runs short', async () => {
    const page = await open((request) => request.flush(SHORT));

    expect(text(page, '.available')).toBe('1 000.00 ₸');
    expect(text(page, '.short')).toBe(
      'On 09.12.2026 the account runs short by 100.00 ₸: top it up, or move a payment to a later day.',
    );
    const days = Array.from(page.querySelectorAll<HTMLElement>('.day'));
    expect(days.map((day) => text(day, 'h2'))).toEqual(['Today, 08.12.2026', '09.12.2026']);
    const lines = Array.from(days[1]!.querySelectorAll<HTMLElement>('.payment'));
    expect(lines.map((line) => [text(line, '.number'), text(line, '.beneficiary')])).toEqual([
      ['№ 18', 'Halyk Supplies LLP'],
      ['№ C-7', 'Cash withdrawal'],
      ['№ 19', 'Halyk Supplies LLP'],
    ]);
    expect(lines.map((line) => line.querySelector('a')?.getAttribute('href'))).toEqual([
      '/documents/18',
      '/applications/C-7',
      '/documents/19',
    ]);
    expect(text(days[1]!, '.closing')).toBe('−100.00 ₸');
    expect(text(days[1]!, '.more')).toBe(
      'And 3 more, counted in the day’s total: see them all under Documents.',
    );
    expect(days[0]!.querySelector('.more')).toBeNull();
    expect(days[1]!.querySelector('.closing')?.classList).toContain('negative');
    expect(text(days[0]!, '.closing')).toBe('700.00 ₸');
    expect(text(page, '.drafts')).toBe(
      'Drafts not counted: 2. A draft leaves the account only once it is sent for signature and signed.',
    );
  });

  it('says the account holds enough when no day runs short, and when nothing is on its way', async () => {
    const enough = await open((request) =>
      request.flush({ ...SHORT, days: SHORT.days.slice(0, 1), shortFrom: undefined, drafts: 0 }),
    );
    expect(text(enough, '.enough')).toBe('The account holds enough for every payment on its way.');
    expect(enough.querySelector('.short')).toBeNull();
    expect(enough.querySelector('.drafts')).toBeNull();

    TestBed.resetTestingModule();
    const nothing = await open((request) => request.flush({ ...SHORT, days: [], shortFrom: undefined }));
    expect(text(nothing, '.nothing')).toBe('No payments are on their way from this account.');
    expect(nothing.querySelector('.enough')).toBeNull();
  });

  it('says in words why a currency account has no forecast', async () => {
    const page = await open((request) =>
      refuse(request, 422, 'FORECAST_ACCOUNT_NOT_TENGE', { field: 'iban' }),
    );
    expect(text(page, '[role="alert"]')).toBe(
      'Payment orders leave tenge accounts only: this account has no forecast.',
    );
  });
});
