import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import type { ComponentStatus, HealthReport, OverallStatus, WorkerHealth } from './health-report';
import { PlatformStatusStore } from './platform-status.store';

/** A detail as a translation key with its parameters ("12 ms", "2 live workers"). */
interface Detail {
  readonly key: string;
  readonly params?: Record<string, unknown>;
}

/** One row of the panel: a backend component in words a person understands. */
interface ComponentRow {
  readonly name: string;
  readonly status: ComponentStatus;
  readonly details: readonly Detail[];
}

/** The app-wide badge colours (styles/_components.scss) for health: unknown keeps the default. */
const TONE_OF: Readonly<Record<OverallStatus | ComponentStatus, string | null>> = {
  up: 'good',
  degraded: 'waiting',
  down: 'bad',
  unknown: null,
};

/** "Is the platform working?": overall status plus each backend component, checked on open. */
@Component({
  selector: 'qb-platform-status',
  imports: [TranslocoPipe, LocalDateTimePipe],
  templateUrl: './platform-status.component.html',
  styleUrl: './platform-status.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformStatusComponent implements OnInit {
  private readonly store = inject(PlatformStatusStore);

  protected readonly checking = computed(() => this.store.state().kind === 'checking');
  protected readonly unreachable = computed(() => this.store.state().kind === 'unreachable');
  protected readonly report = computed(() => {
    const state = this.store.state();
    return state.kind === 'reported' ? state.report : undefined;
  });
  protected readonly rows = computed(() => {
    const report = this.report();
    return report ? componentRows(report) : [];
  });

  protected readonly toneOf = TONE_OF;

  ngOnInit(): void {
    this.refresh();
  }

  protected refresh(): void {
    this.store.refresh();
  }
}

function componentRows({ components }: HealthReport): ComponentRow[] {
  return [
    { name: 'status.postgres', ...describeHealth(components.postgres) },
    { name: 'status.temporal', ...describeHealth(components.temporal) },
    { name: 'status.worker', ...describeHealth(components.worker) },
  ];
}

// WorkerHealth is ComponentHealth plus an optional worker count, so it describes all three. The
// reason stays in the backend's words (it is technical, e.g. "timeout").
function describeHealth(health: WorkerHealth): Omit<ComponentRow, 'name'> {
  const details: Detail[] = [];
  if (health.reason) details.push({ key: 'status.reason', params: { reason: health.reason } });
  if (health.latencyMs !== undefined)
    details.push({ key: 'status.latency', params: { ms: health.latencyMs } });
  if (health.liveWorkers !== undefined) {
    details.push({
      key: health.liveWorkers === 1 ? 'status.oneWorker' : 'status.workers',
      params: { count: health.liveWorkers },
    });
  }
  return { status: health.status, details };
}
