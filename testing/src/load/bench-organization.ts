/**
 * The organization the benchmarks and the fault run pay from, onboarded through the API with the
 * identity headers the API honours only with NODE_ENV=test.
 */
import { randomBytes } from 'node:crypto';

const MANAGER = { 'x-dev-staff-role': 'MANAGER' };
/** A second manager: every change to a client is checked by someone other than its maker. */
const CHECKER = { 'x-dev-staff-role': 'MANAGER', 'x-dev-staff-id': 'bench-checker' };

export type BenchClient = Awaited<ReturnType<typeof onboardBenchClient>>;

/** An organization with a FIRST and a SECOND signer, a funded account and a beneficiary at the bank. */
export async function onboardBenchClient(apiUrl: string) {
  const post = async (path: string, body: unknown, staff: Record<string, string> = MANAGER) => {
    const response = await fetch(`${apiUrl}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...staff },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const payerIban = 'KZ86998KZT5004100100';
  const beneficiaryIban = 'KZ05998KZT5004100200';
  // Onboarding is a change request one manager makes and another checks.
  const submitted = await post('/manager/change-requests', {
    change: {
      type: 'ONBOARD_CLIENT',
      organization: {
        name: 'ТОО «Бенчмарк»',
        legalForm: 'LEGAL_ENTITY',
        binIin: '940140000385',
        address: 'Алматы',
        noneMayPrepare: false,
      },
      accounts: [{ iban: payerIban, currency: 'KZT', title: 'Bench' }],
      users: ['FIRST', 'SECOND'].map((right) => ({
        fullName: `Bench ${right}`,
        iin: '871008401427',
        signatureRight: right,
        channels: ['STANDARD'],
        otpDevice: 'NONE',
      })),
    },
  });
  const applied = await post(
    `/manager/change-requests/${submitted.id as string}/approval`,
    {
      reviewToken: submitted.reviewToken,
    },
    CHECKER,
  );
  const [firstId, secondId] = (applied.outcome as { userIds: string[] }).userIds;
  for (const [iban, balance] of [
    [payerIban, 9_000_000_000_000],
    [beneficiaryIban, 0],
  ] as const) {
    await post('/bank-simulator/accounts', {
      iban,
      currency: 'KZT',
      holderName: 'Bench',
      holderBinIin: '940140000385',
      openingBalanceTiyn: balance,
    });
  }
  const first = { userId: firstId! };
  const second = { userId: secondId! };
  const today = new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10);
  return {
    first,
    second,
    payerIban,
    payment: () => ({
      number: randomBytes(4).toString('hex'),
      date: today,
      valueDate: today,
      payerIban,
      amount: '1500.00',
      currency: 'KZT',
      beneficiary: {
        name: 'Bench',
        binIin: '940140000385',
        iban: beneficiaryIban,
        bic: 'QOLTKZKA',
        kbe: '17',
      },
      knp: '710',
      purpose: 'Benchmark payment',
    }),
  };
}
