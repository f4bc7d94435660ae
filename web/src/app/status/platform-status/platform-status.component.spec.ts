import { afterEach, describe, expect, it } from '@jest/globals';
import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { settle } from '../../../testing/settle';
import type { HealthReport } from './health-report';
import { PlatformStatusComponent } from './platform-status.component';
import { provideScreenTesting } from '../../../testing/screen';

const allUp: HealthReport = {
  status: 'up',
  checkedAt: '2026-05-04T09:30:00.000Z',
  components: {
    postgres: { status: 'up', latencyMs: 3 },
    temporal: { status: 'up', latencyMs: 12 },
    worker: { status: 'up', liveWorkers: 2 },
  },
};

const workerDown: HealthReport = {
  ...allUp,
  status: 'degraded',
  components: { ...allUp.components, worker: { status: 'down', reason: 'no live worker', liveWorkers: 0 } },
};

const ok = { status: 200, statusText: 'OK' };
const serviceUnavailable = { status: 503, statusText: 'Service Unavailable' };

describe(PlatformStatusComponent.name, () => {
  let fixture: ComponentFixture<PlatformStatusComponent>;
  let backend: HttpTestingController;

  afterEach(() => backend.verify());

  async function openPanel(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [...provideScreenTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlatformStatusComponent);
    await fixture.whenStable();
  }

  async function backendAnswers(
    body: HealthReport | string,
    options: { status: number; statusText: string },
  ): Promise<void> {
    backend.expectOne({ method: 'GET', url: '/api/health' }).flush(body, options);
    await settle(fixture);
  }

  function panel(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function overallStatus(): string {
    return text(panel().querySelector('.overall .badge'));
  }

  /** What the panel says about one backend component: its status and details, as shown. */
  function component(name: string): { status: string; details: string } {
    const row = Array.from(panel().querySelectorAll('li.component')).find(
      (item) => text(item.querySelector('.component-name')) === name,
    );
    if (!row) throw new Error(`no row for "${name}"`);
    return {
      status: text(row.querySelector('.badge')),
      details: text(row.querySelector('.component-details')),
    };
  }

  it('says the platform is being checked until the backend answers', async () => {
    await openPanel();

    expect(text(panel())).toContain('Checking…');
    await backendAnswers(allUp, ok);
    expect(text(panel())).not.toContain('Checking…');
  });

  it('shows every component as working when /api/health answers 200', async () => {
    await openPanel();
    await backendAnswers(allUp, ok);

    expect(overallStatus()).toBe('Working');
    expect(component('Database')).toEqual({ status: 'Working', details: '3 ms' });
    expect(component('Document processing')).toEqual({ status: 'Working', details: '12 ms' });
    expect(component('Background workers')).toEqual({ status: 'Working', details: '2 workers running' });
  });

  it('shows "partly unavailable" and the reason of the component that is down when /api/health answers 503 with a report', async () => {
    await openPanel();
    await backendAnswers(workerDown, serviceUnavailable);

    expect(overallStatus()).toBe('Partly unavailable');
    expect(component('Background workers')).toEqual({
      status: 'Not working',
      details: 'Reason: no live worker · 0 workers running',
    });
    expect(component('Database').status).toBe('Working');
    expect(text(panel())).not.toContain('did not answer');
  });

  it('says the platform did not answer when it cannot be reached at all', async () => {
    await openPanel();
    backend.expectOne('/api/health').error(new ProgressEvent('error'));
    await settle(fixture);

    expect(text(panel())).toContain('The platform did not answer');
    expect(panel().querySelector('li.component')).toBeNull();
  });

  it('says the platform did not answer when a 503 carries no health report (a proxy error page)', async () => {
    await openPanel();
    await backendAnswers('<html>Bad gateway</html>', serviceUnavailable);

    expect(text(panel())).toContain('The platform did not answer');
  });

  it('checks again when the user presses "Check again"', async () => {
    await openPanel();
    await backendAnswers(workerDown, serviceUnavailable);

    const checkAgain = Array.from(panel().querySelectorAll('button')).find(
      (button) => text(button) === 'Check again',
    );
    if (!checkAgain) throw new Error('no "Check again" button');
    checkAgain.click();
    await fixture.whenStable();
    await backendAnswers(allUp, ok);

    expect(overallStatus()).toBe('Working');
  });
});
