import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CONTRIBUTION_PAYEES,
  TREASURY_BUDGET_ACCOUNT,
  INITIAL_TAX_OFFICES,
  composeKzIban,
} from '@qoltanba/workflows/domain';
import { onboard, openSimulatorAccount, ourIban, type Onboarded } from './support/onboarding.js';
import { paymentOrder, today } from './support/payment-order.js';
import { startTestApp, startTestWorker, type TestApp, type TestWorker } from './support/test-app.js';

const SENIOR_MANAGER = { 'x-dev-staff-role': 'SENIOR_MANAGER' } as const;
const period = (): string => `${today().slice(5, 7)}${today().slice(0, 4)}`;

/** Three employees with the birth dates their IINs encode. */
const EMPLOYEES = [
  { iin: '871008401427', fullName: 'Ахметов Серик', birthDate: '1987-10-08', amount: '25000.00' },
  { iin: '900101400003', fullName: 'Иванова Анна', birthDate: '1990-01-01', amount: '18500.50' },
  { iin: '950515300017', fullName: 'Сейітқали Әлия', birthDate: '1995-05-15', amount: '6499.50' },
];

describe('the payment catalogue through the API', () => {
  let testApp: TestApp;
  let worker: TestWorker;
  let client: Onboarded;

  beforeAll(async () => {
    testApp = await startTestApp();
    worker = await startTestWorker(testApp);
    client = await onboard(testApp, { Gulnar: { right: 'SINGLE' } }, { balanceTiyn: 10_000_000_00 });
  });
  afterAll(async () => {
    await worker.stop();
    await testApp.close();
  });

  const http = () => testApp.http();

  async function createSignAndWait(
    body: Record<string, unknown>,
    channel: 'STANDARD' | 'MOBILE' = 'STANDARD',
  ) {
    const created = await http()
      .post('/api/documents?submit=true')
      .set(client.as('Gulnar', channel))
      .send(body);
    expect(created.status).toBe(201);
    const signed = await http()
      .post(`/api/documents/${created.body.id}/signatures`)
      .set(client.as('Gulnar', channel))
      .send({ contentHash: created.body.contentHash, evidence: { kind: 'DEV' } });
    expect(signed.status).toBe(201);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { body: document } = await http()
        .get(`/api/documents/${created.body.id}`)
        .set(client.as('Gulnar'));
      if (['EXECUTED', 'REJECTED_BY_BANK'].includes(document.status)) return document;
      if (Date.now() > deadline) throw new Error(`document stayed ${document.status}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  const balanceOf = async (iban: string): Promise<string> => {
    const response = await http().get(`/api/bank-simulator/accounts/${iban}`).set(SENIOR_MANAGER);
    return String(response.body.balanceTiyn);
  };

  function pension(overrides: Record<string, unknown> = {}) {
    const payee = CONTRIBUTION_PAYEES.PENSION!;
    return paymentOrder(client.payerIban, {
      kind: 'PENSION',
      amount: '50000.00',
      beneficiary: {
        name: payee.name,
        binIin: payee.binIin,
        iban: payee.iban,
        bic: payee.bic,
        kbe: payee.kbe,
      },
      knp: '010',
      purpose: 'Обязательные пенсионные взносы',
      employees: EMPLOYEES.map((row) => ({ ...row, period: period() })),
      ...overrides,
    });
  }

  it('signs and executes pension contributions for three employees, debiting their total once', async () => {
    const document = await createSignAndWait(pension());
    expect(document).toMatchObject({ status: 'EXECUTED' });
    const { body: content } = await http()
      .get(`/api/documents/${document.id}/content`)
      .set(client.as('Gulnar'));
    const signed = JSON.parse(content.content).content;
    expect(signed).toMatchObject({ kind: 'PENSION', amountTiyn: 50_000_00, knp: '010' });
    expect(
      signed.employees.map((row: { iin: string; amountTiyn: number }) => [row.iin, row.amountTiyn]),
    ).toEqual([
      ['871008401427', 25_000_00],
      ['900101400003', 18_500_50],
      ['950515300017', 6_499_50],
    ]);
  });

  it('refuses a list with a bad row by its index and field, creating nothing', async () => {
    const before = (await http().get('/api/documents').set(client.as('Gulnar'))).body.total;
    const rows = EMPLOYEES.map((row) => ({ ...row, period: period() }));
    rows[1] = { ...rows[1]!, iin: '900101400004' };
    const response = await http()
      .post('/api/documents')
      .set(client.as('Gulnar'))
      .send(pension({ employees: rows }));
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.body.details.violations).toEqual([
      expect.objectContaining({ field: 'employees[1].iin', code: 'PAYMENT_IIN_BIN_CHECKSUM' }),
    ]);
    const wrongTotal = await http()
      .post('/api/documents')
      .set(client.as('Gulnar'))
      .send(pension({ amount: '50000.01' }));
    expect(wrongTotal.body.details.violations).toEqual([
      expect.objectContaining({ field: 'amount', code: 'PAYMENT_EMPLOYEES_TOTAL_MISMATCH' }),
    ]);
    expect((await http().get('/api/documents').set(client.as('Gulnar'))).body.total).toBe(before);
  });

  it('pays salary onto each employee’s account at this bank', async () => {
    const first = ourIban(`SAL${String(Date.now()).slice(-8)}1`);
    const second = ourIban(`SAL${String(Date.now()).slice(-8)}2`);
    await openSimulatorAccount(
      testApp,
      first,
      0,
      { name: 'Ахметов Серик', binIin: '871008401427' },
      SENIOR_MANAGER,
    );
    await openSimulatorAccount(
      testApp,
      second,
      0,
      { name: 'Иванова Анна', binIin: '900101400003' },
      SENIOR_MANAGER,
    );
    const { body: bank } = await http().get('/api/reference/own-bank');
    const document = await createSignAndWait(
      paymentOrder(client.payerIban, {
        kind: 'SALARY',
        amount: '530000.00',
        beneficiary: {
          name: bank.name,
          binIin: bank.bin,
          iban: bank.salaryTransitIban,
          bic: bank.bic,
          kbe: '14',
        },
        purpose: 'Заработная плата за месяц',
        employees: [
          { iin: '871008401427', fullName: 'Ахметов Серик', iban: first, amount: '300000.00' },
          { iin: '900101400003', fullName: 'Иванова Анна', iban: second, amount: '230000.00' },
        ],
      }),
    );
    expect(document.status).toBe('EXECUTED');
    expect([await balanceOf(first), await balanceOf(second)]).toEqual(['30000000', '23000000']);
  });

  it('pays a tax to a tax office with a KBK the bank adds to its catalogue, and refuses one it lacks', async () => {
    const office = INITIAL_TAX_OFFICES[0]!;
    const tax = (kbk: string) =>
      paymentOrder(client.payerIban, {
        kind: 'BUDGET',
        beneficiary: { ...TREASURY_BUDGET_ACCOUNT, name: office.name.ru, binIin: office.bin },
        knp: '911',
        kbk,
        purpose: 'Налог',
      });
    const unknown = await http().post('/api/documents').set(client.as('Gulnar')).send(tax('105270'));
    expect(unknown.body.details.violations).toEqual([
      expect.objectContaining({ field: 'kbk', code: 'PAYMENT_KBK_UNKNOWN' }),
    ]);

    const added = await http()
      .put('/api/manager/reference/kbk/105270')
      .set(SENIOR_MANAGER)
      .send({ labelEn: 'Excise', labelRu: 'Акциз', labelKk: 'Акциз', active: true });
    expect(added.status).toBe(200);
    const document = await createSignAndWait(tax('105270'));
    expect(document.status).toBe('EXECUTED');
  });

  it('keeps every Kazakh bank in an editable directory: ForteBank is payable until staff remove it', async () => {
    const { body: banks } = await http().get('/api/reference/banks');
    expect(banks.length).toBeGreaterThanOrEqual(30);
    expect(banks.filter((b: { own: boolean }) => b.own)).toEqual([
      expect.objectContaining({ bankCode: '998', bic: 'QOLTKZKA' }),
    ]);
    const forte = composeKzIban('965', '0000000012345');
    const toForte = paymentOrder(client.payerIban, {
      beneficiary: {
        name: 'ТОО "Форте Клиент"',
        binIin: '940140000385',
        iban: forte,
        bic: 'IRTYKZKA',
        kbe: '17',
      },
    });
    expect((await http().post('/api/documents').set(client.as('Gulnar')).send(toForte)).status).toBe(201);

    expect((await http().delete('/api/manager/reference/banks/965').set(SENIOR_MANAGER)).status).toBe(204);
    const refused = await http().post('/api/documents').set(client.as('Gulnar')).send(toForte);
    expect(refused.body.details.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'beneficiary.iban', code: 'PAYMENT_BENEFICIARY_BANK_UNKNOWN' }),
      ]),
    );
    const restored = await http()
      .put('/api/manager/reference/banks/965')
      .set(SENIOR_MANAGER)
      .send({ bic: 'irtykzka', name: 'ForteBank' });
    expect(restored.body).toEqual({ bankCode: '965', bic: 'IRTYKZKA', name: 'ForteBank', own: false });

    const own = await http()
      .put('/api/manager/reference/banks/998')
      .set(SENIOR_MANAGER)
      .send({ bic: 'TSESKZKA', name: 'X' });
    expect([own.status, own.body.code]).toEqual([409, 'REFERENCE_OWN_BANK_FIXED']);
    const byManager = await http()
      .delete('/api/manager/reference/banks/965')
      .set({ 'x-dev-staff-role': 'MANAGER' });
    expect(byManager.status).toBe(403);
  });

  it('numbers documents left without a number 1, 2, 3… per organization and year, a retry keeping its number', async () => {
    const fresh = await onboard(testApp, { Numbered: { right: 'SINGLE' } });
    const create = (key?: string) => {
      const call = http().post('/api/documents').set(fresh.as('Numbered'));
      if (key) call.set('Idempotency-Key', key);
      return call.send(paymentOrder(fresh.payerIban, { number: '' }));
    };
    const first = await create();
    const second = await create('retry-me');
    const retried = await create('retry-me');
    const third = await create();
    expect([first, second, retried, third].map((r) => [r.status, r.body.content.number])).toEqual([
      [201, '1'],
      [201, '2'],
      [201, '2'],
      [201, '3'],
    ]);
    expect(retried.body.id).toBe(second.body.id);
    const typed = await http()
      .post('/api/documents')
      .set(fresh.as('Numbered'))
      .send(paymentOrder(fresh.payerIban, { number: 'ПП-7' }));
    expect(typed.body.content.number).toBe('ПП-7');
  });

  it('lists whom the organization has paid, latest first, searchable, its taxes and lists left out', async () => {
    const payer = await onboard(testApp, { Payer: { right: 'SINGLE' } });
    const pay = (beneficiary: Record<string, string>, purpose: string) =>
      http()
        .post('/api/documents')
        .set(payer.as('Payer'))
        .send(paymentOrder(payer.payerIban, { beneficiary, purpose }));
    const halyk = {
      name: 'ТОО "Алатау Сауда"',
      binIin: '940140000385',
      iban: 'KZ476010131000179714',
      bic: 'HSBKKZKX',
      kbe: '17',
    };
    const kaspi = {
      name: 'ИП Сапар',
      binIin: '871008401427',
      iban: 'KZ86722C000016068502',
      bic: 'CASPKZKA',
      kbe: '19',
    };
    expect((await pay(halyk, 'Первый')).status).toBe(201);
    expect((await pay(kaspi, 'Аренда')).status).toBe(201);
    expect((await pay(halyk, 'Второй')).status).toBe(201);
    const payee = CONTRIBUTION_PAYEES.PENSION!;
    await http()
      .post('/api/documents')
      .set(payer.as('Payer'))
      .send({
        ...pension(),
        payerIban: payer.payerIban,
        beneficiary: {
          name: payee.name,
          binIin: payee.binIin,
          iban: payee.iban,
          bic: payee.bic,
          kbe: payee.kbe,
        },
      });

    const all = await http().get('/api/beneficiaries').set(payer.as('Payer'));
    expect(
      all.body.map((b: { beneficiary: { name: string }; purpose: string }) => [
        b.beneficiary.name,
        b.purpose,
      ]),
    ).toEqual([
      ['ТОО "Алатау Сауда"', 'Второй'],
      ['ИП Сапар', 'Аренда'],
    ]);
    const found = await http().get('/api/beneficiaries?search=8710').set(payer.as('Payer'));
    expect(found.body.map((b: { beneficiary: { iban: string } }) => b.beneficiary.iban)).toEqual([
      kaspi.iban,
    ]);
    const wildcard = await http().get('/api/beneficiaries?search=%25').set(payer.as('Payer'));
    expect(wildcard.body).toEqual([]);
    const other = await http().get('/api/beneficiaries').set(client.as('Gulnar', 'MOBILE'));
    expect(other.status).toBe(403);
  });

  it('tells each person what waits for them: their signature, then the EDS that sends an OTP-approved payment', async () => {
    const team = await onboard(testApp, {
      Asel: { right: 'FIRST', channels: ['STANDARD', 'LIGHT'] },
      Berik: { right: 'SECOND', channels: ['LIGHT', 'MOBILE'] },
    });
    const waiting = async (user: string) => {
      const { body } = await http().get('/api/documents/awaiting-me').set(team.as(user, 'LIGHT'));
      return [body.toSign, body.toDispatch, body.items.length];
    };
    const created = await http()
      .post('/api/documents?submit=true')
      .set(team.as('Asel', 'LIGHT'))
      .send(paymentOrder(team.payerIban));
    expect([await waiting('Asel'), await waiting('Berik')]).toEqual([
      [1, 0, 1],
      [0, 0, 0],
    ]);
    const shown = await http().get('/api/documents/awaiting-me').set(team.as('Asel', 'LIGHT'));
    expect(shown.body.items.map((item: { id: string; status: string }) => [item.id, item.status])).toEqual([
      [created.body.id, 'AWAITING_SIGNATURES'],
    ]);
    const approve = (user: string, hash: string) =>
      http()
        .post(`/api/documents/${created.body.id}/signatures`)
        .set(team.as(user, 'LIGHT'))
        .send({ contentHash: hash, evidence: { kind: 'DEV' } });
    expect((await approve('Asel', created.body.contentHash)).status).toBe(201);
    expect([await waiting('Asel'), await waiting('Berik')]).toEqual([
      [0, 0, 0],
      [1, 0, 1],
    ]);
    expect((await approve('Berik', created.body.contentHash)).status).toBe(201);
    expect([await waiting('Asel'), await waiting('Berik')]).toEqual([
      [0, 1, 1],
      [0, 0, 0],
    ]);
  });

  describe('transfers by template', () => {
    const colleague = ourIban(`TPL${String(Date.now()).slice(-9)}`);
    let templateId: string;

    beforeAll(async () => {
      await openSimulatorAccount(
        testApp,
        colleague,
        0,
        { name: 'ТОО "Сосед"', binIin: '940140000385' },
        SENIOR_MANAGER,
      );
      const saved = await http()
        .post('/api/payment-templates')
        .set(client.as('Gulnar', 'LIGHT'))
        .send({
          name: `Аренда ${Date.now()}`,
          payment: {
            beneficiary: {
              name: 'ТОО "Сосед"',
              binIin: '940140000385',
              iban: colleague,
              bic: 'QOLTKZKA',
              kbe: '17',
            },
            knp: '710',
            purpose: 'Аренда офиса',
          },
        });
      expect(saved.status).toBe(201);
      templateId = saved.body.id;
    });

    const transfer = (overrides: Record<string, unknown> = {}) =>
      paymentOrder(client.payerIban, {
        kind: 'TEMPLATE_TRANSFER',
        templateId,
        beneficiary: {
          name: 'ТОО "Сосед"',
          binIin: '940140000385',
          iban: colleague,
          bic: 'QOLTKZKA',
          kbe: '17',
        },
        purpose: 'Аренда офиса',
        ...overrides,
      });

    it('are made and approved in Mobile and reach the bank without an EDS', async () => {
      const document = await createSignAndWait(transfer(), 'MOBILE');
      expect(document.status).toBe('EXECUTED');
      expect(await balanceOf(colleague)).toBe('125050');
    });

    it('go only to the template’s beneficiary, and Mobile makes no other payment', async () => {
      const elsewhere = await http()
        .post('/api/documents')
        .set(client.as('Gulnar', 'MOBILE'))
        .send(
          transfer({
            beneficiary: {
              name: 'Кто-то',
              binIin: '940140000385',
              iban: ourIban('OTHER0000001'),
              bic: 'QOLTKZKA',
              kbe: '17',
            },
          }),
        );
      expect([elsewhere.status, elsewhere.body.code]).toEqual([422, 'TEMPLATE_BENEFICIARY_MISMATCH']);
      const ordinary = await http()
        .post('/api/documents')
        .set(client.as('Gulnar', 'MOBILE'))
        .send(paymentOrder(client.payerIban));
      expect([ordinary.status, ordinary.body.code, ordinary.body.details.field]).toEqual([
        403,
        'AUTH_CHANNEL_FUNCTION_NOT_ALLOWED',
        'kind',
      ]);
      const saving = await http().post('/api/payment-templates').set(client.as('Gulnar', 'MOBILE')).send({});
      expect(saving.status).toBe(403);
    });

    it('need a template of the organization: another organization’s is not found', async () => {
      const other = await onboard(testApp, { Other: { right: 'SINGLE' } });
      const response = await http()
        .post('/api/documents')
        .set(other.as('Other', 'MOBILE'))
        .send({ ...transfer(), payerIban: other.payerIban });
      expect([response.status, response.body.code]).toEqual([404, 'TEMPLATE_NOT_FOUND']);
    });
  });
});
