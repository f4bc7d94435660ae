import { afterEach, describe, expect, it } from '@jest/globals';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { HomePageComponent } from './home-page.component';
import type { HealthReport } from './platform-status/health-report';

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
  status: 'degraded',
  checkedAt: '2026-05-04T09:30:00.000Z',
  components: {
    postgres: { status: 'up', latencyMs: 3 },
    temporal: { status: 'up', latencyMs: 12 },
    worker: { status: 'down', reason: 'no live worker', liveWorkers: 0 },
  },
};

const ok = { status: 200, statusText: 'OK' };
const serviceUnavailable = { status: 503, statusText: 'Service Unavailable' };

describe(HomePageComponent.name, () => {
  let fixture: ComponentFixture<HomePageComponent>;
  let backend: HttpTestingController;

  afterEach(() => backend.verify());

  async function openHomePage(): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HomePageComponent);
    await fixture.whenStable();
  }

  async function backendAnswers(
    body: HealthReport | string,
    options: { status: number; statusText: string },
  ): Promise<void> {
    backend.expectOne({ method: 'GET', url: '/api/health' }).flush(body, options);
    await fixture.whenStable();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(element: Element | null | undefined): string {
    return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  function overallStatus(): string {
    return text(page().querySelector('.overall .badge'));
  }

  /** What the panel says about one backend component: its status and details, as shown. */
  function component(name: string): { status: string; details: string } {
    const row = Array.from(page().querySelectorAll('li.component')).find(
      (item) => text(item.querySelector('.component-name')) === name,
    );
    if (!row) throw new Error(`no row for "${name}"`);
    return {
      status: text(row.querySelector('.badge')),
      details: text(row.querySelector('.component-details')),
    };
  }

  it('shows the product name as the page heading', async () => {
    await openHomePage();

    expect(text(page().querySelector('h1'))).toBe('Qoltanba');
    await backendAnswers(allUp, ok);
  });

  it('says the platform is being checked until the backend answers', async () => {
    await openHomePage();

    expect(text(page())).toContain('Checking the platform');
    await backendAnswers(allUp, ok);
    expect(text(page())).not.toContain('Checking the platform');
  });

  it('shows every component as up when /api/health answers 200', async () => {
    await openHomePage();
    await backendAnswers(allUp, ok);

    expect(overallStatus()).toBe('Up');
    expect(component('Database (PostgreSQL)')).toEqual({ status: 'Up', details: '3 ms' });
    expect(component('Workflow engine (Temporal)')).toEqual({ status: 'Up', details: '12 ms' });
    expect(component('Workflow workers')).toEqual({ status: 'Up', details: '2 live workers' });
  });

  it('shows "degraded" and the reason of the component that is down when /api/health answers 503 with a report', async () => {
    await openHomePage();
    await backendAnswers(workerDown, serviceUnavailable);

    expect(overallStatus()).toBe('Degraded');
    expect(component('Workflow workers')).toEqual({
      status: 'Down',
      details: 'no live worker · 0 live workers',
    });
    expect(component('Database (PostgreSQL)').status).toBe('Up');
    expect(text(page())).not.toContain('could not be reached');
  });

  it('shows an error message when the backend cannot be reached at all', async () => {
    await openHomePage();
    backend.expectOne('/api/health').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(text(page())).toContain('The platform could not be reached');
    expect(page().querySelector('li.component')).toBeNull();
  });

  it('shows an error message when a 503 carries no health report (e.g. a proxy error page)', async () => {
    await openHomePage();
    await backendAnswers('<html>Bad gateway</html>', serviceUnavailable);

    expect(text(page())).toContain('The platform could not be reached');
  });

  it('checks again when the user presses "Check again"', async () => {
    await openHomePage();
    await backendAnswers(workerDown, serviceUnavailable);

    const checkAgain = Array.from(page().querySelectorAll('button')).find(
      (button) => text(button) === 'Check again',
    );
    if (!checkAgain) throw new Error('no "Check again" button');
    checkAgain.click();
    await fixture.whenStable();
    await backendAnswers(allUp, ok);

    expect(overallStatus()).toBe('Up');
  });
});
