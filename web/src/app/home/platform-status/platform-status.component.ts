import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, type OnInit, computed, inject } from '@angular/core';
import type { ComponentStatus, HealthReport, OverallStatus, WorkerHealth } from './health-report';
import { PlatformStatusStore } from './platform-status.store';

/** One row of the panel: a backend component in words a person understands. */
interface ComponentRow {
  readonly name: string;
  readonly status: ComponentStatus;
  readonly details: readonly string[];
}

const STATUS_LABELS: Record<OverallStatus | ComponentStatus, string> = {
  up: 'Up',
  degraded: 'Degraded',
  down: 'Down',
  unknown: 'Unknown',
};

/** "Is the platform working?": overall status plus each backend component, checked on open. */
@Component({
  selector: 'qb-platform-status',
  imports: [DatePipe],
  templateUrl: './platform-status.component.html',
  styleUrl: './platform-status.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformStatusComponent implements OnInit {
  private readonly store = inject(PlatformStatusStore);

  protected readonly statusLabels = STATUS_LABELS;
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

  ngOnInit(): void {
    this.refresh();
  }

  protected refresh(): void {
    this.store.refresh();
  }
}

function componentRows({ components }: HealthReport): ComponentRow[] {
  return [
    { name: 'Database (PostgreSQL)', ...describeHealth(components.postgres) },
    { name: 'Workflow engine (Temporal)', ...describeHealth(components.temporal) },
    { name: 'Workflow workers', ...describeHealth(components.worker) },
  ];
}

// WorkerHealth is ComponentHealth plus an optional worker count, so it describes all three.
function describeHealth(health: WorkerHealth): Omit<ComponentRow, 'name'> {
  const details: string[] = [];
  if (health.reason) details.push(health.reason);
  if (health.latencyMs !== undefined) details.push(`${health.latencyMs} ms`);
  if (health.liveWorkers !== undefined) {
    details.push(health.liveWorkers === 1 ? '1 live worker' : `${health.liveWorkers} live workers`);
  }
  return { status: health.status, details };
}
