import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import { PROCESS_ID, aFailingActivity, aProcess } from './ops-fixtures';
import type { StuckProcesses } from './ops-api';
import { StuckPageComponent } from './stuck-page.component';

const REGISTRATION_ID = '00000000-0000-4000-8000-0000000000bb';

function theStuck(overrides: Partial<StuckProcesses> = {}): StuckProcesses {
  return {
    stuckAfterSeconds: 300,
    stepThresholds: [{ type: 'payment', status: 'ACCEPTED', seconds: 21_600 }],
    abandonedAfterHours: 24,
    onSystem: [
      {
        ...aProcess(),
        waitingSeconds: 3_725,
        activities: [
          aFailingActivity(),
          aFailingActivity({ activityId: '8', activityType: 'notify', maximumAttempts: 5, attempt: 2 }),
        ],
      },
    ],
    onPerson: [
      {
        ...aProcess({
          id: REGISTRATION_ID,
          type: 'token-registration',
          kind: null,
          status: 'AWAITING_KEYS',
          title: 'Token DEMO-1 · Айгерім Бекова',
          awaiting: 'PERSON',
        }),
        waitingSeconds: 2 * 86_400 + 3_600,
        activities: [],
      },
    ],
    ...overrides,
  };
}

describe(StuckPageComponent.name, () => {
  let fixture: ComponentFixture<StuckPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function open(): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StuckPageComponent);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector<HTMLElement>(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  it('shows the processes stuck on the system with each step’s attempts, last failure and next attempt, threshold stated', async () => {
    await open();
    (await nextRequest(http, '/api/ops/processes/stuck')).flush(theStuck());
    await settle(fixture);

    const group = '[data-group="onSystem"]';
    expect(text(`${group} h2`)).toBe('Waiting on the system (1)');
    expect(text(`${group} .threshold`)).toContain('Threshold: 5 min');
    // A step slow by nature keeps its own threshold: the bank's clearing of an accepted payment.
    expect(text(`${group} .step-thresholds`)).toMatch(/Payment\s+Accepted by the bank\s*ACCEPTED\s*:\s*6 h/);
    const process = `${group} [data-process="${PROCESS_ID}"]`;
    expect(page().querySelector(`${process} h3 a`)?.getAttribute('href')).toBe(
      `/staff/operations/processes/${PROCESS_ID}`,
    );
    expect(text(`${process} .waiting`)).toBe('Waiting 1 h 2 min');
    expect(text(`${process} .since`)).toMatch(/^since 04.12.2026, \d\d:01$/);
    const bank = `${process} tr[data-activity="submitToBank"]`;
    expect(text(`${bank} .attempt`)).toBe('4 (no limit)');
    expect(text(`${bank} .failure`)).toBe('the bank is unavailable (simulated outage: core maintenance)');
    expect(text(`${bank} .next`)).toBe('15:01:15');
    expect(text(`${process} tr[data-activity="notify"] .attempt`)).toBe('2 of 5');
  });

  it('keeps apart those waiting on a person, abandoned past their own threshold', async () => {
    await open();
    (await nextRequest(http, '/api/ops/processes/stuck')).flush(theStuck());
    await settle(fixture);

    const group = '[data-group="onPerson"]';
    expect(text(`${group} h2`)).toBe('Waiting on a person (1)');
    expect(text(`${group} .threshold`)).toContain('Threshold: 1 d');
    const row = `${group} tr[data-process="${REGISTRATION_ID}"]`;
    expect(text(`${row} td`)).toBe('Token registration');
    expect(text(`${row} [data-status]`)).toBe('Waiting for the keys');
    expect(text(`${row} td:last-child`)).toBe('2 d 1 h');
  });

  it('says when nothing is stuck, and a refusal in words', async () => {
    await open();
    (await nextRequest(http, '/api/ops/processes/stuck')).flush(theStuck({ onSystem: [], onPerson: [] }));
    await settle(fixture);
    expect([...page().querySelectorAll('.empty')].map((empty) => empty.textContent?.trim())).toEqual([
      'None.',
      'None.',
    ]);

    page().querySelector<HTMLButtonElement>('button.refresh')!.click();
    refuse(await nextRequest(http, '/api/ops/processes/stuck'), 503, 'OPS_TEMPORAL_UNAVAILABLE');
    await settle(fixture);
    expect(text('[role="alert"]')).toBe('Temporal could not be reached.');
  });
});
