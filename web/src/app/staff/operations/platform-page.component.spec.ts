import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { nextRequest, refuse } from '../../../testing/http';
import { provideScreenTesting } from '../../../testing/screen';
import { settle } from '../../../testing/settle';
import type { StaffPrincipal } from '../../core/auth/session';
import { signInStaff } from './ops-fixtures';
import type { PlatformView } from './ops-api';
import { PlatformPageComponent } from './platform-page.component';

const URL = '/api/ops/platform';

function thePlatform(overrides: Partial<PlatformView> = {}): PlatformView {
  return {
    health: {
      status: 'degraded',
      checkedAt: '2026-12-04T10:00:00Z',
      components: {
        postgres: { status: 'up', latencyMs: 3 },
        temporal: { status: 'up', latencyMs: 12 },
        worker: { status: 'down', reason: 'no live worker', liveWorkers: 0 },
      },
    },
    selfCheck: { ok: true, at: '2026-12-04T09:58:00Z', workerIdentity: '4242@worker-1' },
    taskQueues: [
      {
        name: 'qoltanba',
        kind: 'WORKFLOW',
        pollers: [{ identity: '4242@worker-1', lastAccessAt: '2026-12-04T09:59:58Z' }],
        backlog: 0,
      },
      { name: 'qoltanba', kind: 'ACTIVITY', pollers: [], backlog: null },
    ],
    temporalUiUrl: 'http://127.0.0.1:8233',
    ...overrides,
  };
}

describe(PlatformPageComponent.name, () => {
  let fixture: ComponentFixture<PlatformPageComponent>;
  let http: HttpTestingController;

  afterEach(() => http.verify());

  async function openAs(role: StaffPrincipal['role'], platform = thePlatform()): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideScreenTesting()] });
    http = TestBed.inject(HttpTestingController);
    await signInStaff(http, role);
    fixture = TestBed.createComponent(PlatformPageComponent);
    (await nextRequest(http, URL)).flush(platform);
    await settle(fixture);
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    page().querySelector<HTMLElement>(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const cells = (row: string) =>
    [...page().querySelectorAll(`${row} td`)].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());

  it('shows the health of each part, the last self-check and the task queues with pollers and backlog', async () => {
    await openAs('AUDITOR');

    expect(text('#health-heading .badge')).toBe('Partly unavailable');
    expect(cells('tr[data-component="postgres"]')).toEqual(['Database (PostgreSQL)', 'Working', '3 ms']);
    expect(cells('tr[data-component="worker"]')).toEqual([
      'Workers',
      'Not working',
      'Reason: no live worker · 0 workers running',
    ]);
    expect(text('.last-check [data-ok]')).toBe('Passed');
    expect(text('.last-check')).toContain('4242@worker-1');
    const workflows = 'tr[data-queue="qoltanba:WORKFLOW"]';
    expect(text(`${workflows} td .mono`)).toBe('qoltanba');
    expect(text(`${workflows} td .muted`)).toBe('Processes');
    expect(text(`${workflows} .pollers`)).toContain('4242@worker-1 · last polled');
    expect(text(`${workflows} .backlog`)).toBe('0');
    const activities = 'tr[data-queue="qoltanba:ACTIVITY"]';
    expect(text(`${activities} .badge`)).toBe('No worker polls it');
    expect(text(`${activities} .backlog`)).toBe('unknown');
    expect(page().querySelector('a[target="_blank"]')?.getAttribute('href')).toBe('http://127.0.0.1:8233');
    // An auditor reads; only operators run a self-check.
    expect(page().querySelector('button.run-self-check')).toBeNull();
  });

  it('lets an operator run a self-check, then shows its result and the platform again', async () => {
    await openAs('OPERATOR', thePlatform({ selfCheck: null }));
    expect(text('.never')).toBe('No self-check has run yet.');

    page().querySelector<HTMLButtonElement>('button.run-self-check')!.click();
    await settle(fixture);
    expect(text('button.run-self-check')).toBe('Running…');
    const run = await nextRequest(http, '/api/ops/self-checks');
    expect(run.request.method).toBe('POST');
    run.flush({
      workflowId: 'self-check-1',
      checkId: 'c1',
      workerIdentity: '4242@worker-1',
      recordedAt: '2026-12-04T10:00:01Z',
    });
    (await nextRequest(http, URL)).flush(thePlatform());
    await settle(fixture);

    expect(text('[role="status"]')).toBe('Self-check passed through worker 4242@worker-1.');
    expect(text('.last-check [data-ok]')).toBe('Passed');
  });

  it('says in words why a self-check did not get through', async () => {
    await openAs('OPERATOR');
    page().querySelector<HTMLButtonElement>('button.run-self-check')!.click();
    refuse(await nextRequest(http, '/api/ops/self-checks'), 503, 'OPS_SELF_CHECK_TIMED_OUT');
    (await nextRequest(http, URL)).flush(thePlatform());
    await settle(fixture);

    expect(text('[role="alert"]')).toBe(
      'The self-check did not finish in time: probably no worker is running.',
    );
  });

  it('says when Temporal cannot be reached for the queues', async () => {
    await openAs('OPERATOR', thePlatform({ taskQueues: [] }));

    expect(text('.no-queues')).toBe('Temporal could not be reached: the task queues are unknown.');
  });
});
