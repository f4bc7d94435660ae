import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { opsError } from '../staff-errors';
import type { WorkerHealth } from '../../status/platform-status/health-report';
import { OpsApi, type PlatformView } from './ops-api';

type ComponentName = keyof PlatformView['health']['components'];

const COMPONENTS: readonly ComponentName[] = ['postgres', 'temporal', 'worker'];
const TONE: Readonly<Record<string, string | null>> = {
  up: 'good',
  degraded: 'waiting',
  down: 'bad',
  unknown: null,
};

/**
 * The platform as operators watch it: the health of its parts, the last self-check (a workflow
 * through a worker to the database and back; operators run one), and the task queues with the
 * workers polling them and the tasks waiting — with the Temporal UI a link away.
 */
@Component({
  selector: 'qb-platform-page',
  imports: [TranslocoPipe, LocalDateTimePipe],
  template: `
    <div class="page-header">
      <h1>{{ 'staff.ops.platform.heading' | transloco }}</h1>
      <div class="header-end">
        @if (platform(); as platform) {
          <a class="button" [href]="platform.temporalUiUrl" target="_blank" rel="noopener noreferrer">{{
            'staff.ops.platform.openTemporal' | transloco
          }}</a>
        }
        <button type="button" class="button refresh" [disabled]="busy()" (click)="refresh()">
          {{ 'staff.ops.refresh' | transloco }}
        </button>
      </div>
    </div>
    @if (notice(); as notice) {
      <p class="alert success notice" role="status">{{ notice.key | transloco: notice.params }}</p>
    }
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    }

    @if (platform(); as platform) {
      <section class="card health" aria-labelledby="health-heading">
        <h2 id="health-heading">
          {{ 'staff.ops.platform.health' | transloco }}
          <span
            class="badge"
            [attr.data-status]="platform.health.status"
            [attr.data-tone]="tone[platform.health.status]"
            >{{ 'status.' + platform.health.status | transloco }}</span
          >
        </h2>
        <div class="table-wrap">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{{ 'staff.ops.platform.component' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.platform.state' | transloco }}</th>
                <th scope="col">{{ 'staff.ops.platform.details' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (name of components; track name) {
                @let part = platform.health.components[name];
                <tr [attr.data-component]="name">
                  <td>{{ 'staff.ops.platform.components.' + name | transloco }}</td>
                  <td>
                    <span
                      class="badge"
                      [attr.data-status]="part.status"
                      [attr.data-tone]="tone[part.status]"
                      >{{ 'status.' + part.status | transloco }}</span
                    >
                  </td>
                  <td class="component-details">
                    @for (detail of detailsOf(part); track $index; let last = $last) {
                      {{ detail.key | transloco: detail.params }}{{ last ? '' : ' · ' }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <p class="muted">
          {{ 'status.checkedAt' | transloco }} {{ platform.health.checkedAt | localDateTime }}
        </p>
      </section>

      <section class="card self-check" aria-labelledby="self-check-heading">
        <h2 id="self-check-heading">{{ 'staff.ops.platform.selfCheck' | transloco }}</h2>
        <p class="hint">{{ 'staff.ops.platform.selfCheckHint' | transloco }}</p>
        @if (platform.selfCheck; as check) {
          <dl class="details last-check">
            <dt>{{ 'staff.ops.platform.result' | transloco }}</dt>
            <dd>
              <span class="badge" [attr.data-tone]="check.ok ? 'good' : 'bad'" [attr.data-ok]="check.ok">{{
                (check.ok ? 'staff.ops.platform.passed' : 'staff.ops.platform.failed') | transloco
              }}</span>
            </dd>
            <dt>{{ 'staff.ops.platform.at' | transloco }}</dt>
            <dd>{{ check.at | localDateTime }}</dd>
            <dt>{{ 'staff.ops.platform.worker' | transloco }}</dt>
            <dd class="mono">{{ check.workerIdentity }}</dd>
          </dl>
        } @else {
          <p class="muted never">{{ 'staff.ops.platform.never' | transloco }}</p>
        }
        @if (mayAct()) {
          <button
            type="button"
            class="button primary run-self-check"
            [disabled]="busy()"
            (click)="runSelfCheck()"
          >
            {{ (running() ? 'staff.ops.platform.running' : 'staff.ops.platform.run') | transloco }}
          </button>
        }
      </section>

      <section class="card queues" aria-labelledby="queues-heading">
        <h2 id="queues-heading">{{ 'staff.ops.platform.queues' | transloco }}</h2>
        @if (platform.taskQueues.length === 0) {
          <p class="alert error no-queues">{{ 'staff.ops.platform.noQueues' | transloco }}</p>
        } @else {
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{{ 'staff.ops.platform.queue' | transloco }}</th>
                  <th scope="col">{{ 'staff.ops.platform.pollers' | transloco }}</th>
                  <th scope="col" class="number-column">{{ 'staff.ops.platform.backlog' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (queue of platform.taskQueues; track queue.name + queue.kind) {
                  <tr [attr.data-queue]="queue.name + ':' + queue.kind">
                    <td>
                      <span class="mono">{{ queue.name }}</span>
                      <div class="muted small">
                        {{ 'staff.ops.platform.queueKind.' + queue.kind | transloco }}
                      </div>
                    </td>
                    <td>
                      @if (queue.pollers.length === 0) {
                        <span class="badge" data-tone="bad">{{
                          'staff.ops.platform.noPollers' | transloco
                        }}</span>
                      }
                      <ul class="pollers">
                        @for (poller of queue.pollers; track poller.identity) {
                          <li>
                            <span class="mono">{{ poller.identity }}</span>
                            @if (poller.lastAccessAt) {
                              <span class="muted">
                                · {{ 'staff.ops.platform.lastPolled' | transloco }}
                                {{ poller.lastAccessAt | localDateTime }}</span
                              >
                            }
                          </li>
                        }
                      </ul>
                    </td>
                    <td class="number-column backlog">
                      {{ queue.backlog ?? ('staff.ops.platform.backlogUnknown' | transloco) }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>
    } @else if (!errorKey()) {
      <p>{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: `
    .header-end {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    section.card {
      margin-bottom: 1.5rem;
    }
    h2 {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-top: 0;
    }
    .last-check {
      margin-bottom: 1rem;
    }
    .pollers {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
    .small {
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlatformPageComponent {
  private readonly api = inject(OpsApi);
  private readonly session = inject(SessionStore);

  protected readonly components = COMPONENTS;
  protected readonly tone = TONE;
  protected readonly platform = signal<PlatformView | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly notice = signal<{ key: string; params?: Record<string, unknown> } | undefined>(
    undefined,
  );
  protected readonly busy = signal(false);
  protected readonly running = signal(false);
  /** Only operators run a self-check; auditors read. */
  protected readonly mayAct = computed(() => this.session.staff()?.role === 'OPERATOR');

  constructor() {
    void this.load();
  }

  /** A part's reason, probe time and live workers, as the status page says them. */
  protected detailsOf(part: WorkerHealth): { key: string; params: Record<string, unknown> }[] {
    return [
      ...(part.reason ? [{ key: 'status.reason', params: { reason: part.reason } }] : []),
      ...(part.latencyMs === undefined ? [] : [{ key: 'status.latency', params: { ms: part.latencyMs } }]),
      ...(part.liveWorkers === undefined
        ? []
        : [
            {
              key: part.liveWorkers === 1 ? 'status.oneWorker' : 'status.workers',
              params: { count: part.liveWorkers },
            },
          ]),
    ];
  }

  protected async refresh(): Promise<void> {
    this.notice.set(undefined);
    await this.load();
  }

  protected async runSelfCheck(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.running.set(true);
    this.errorKey.set(undefined);
    this.notice.set(undefined);
    let ranOn: string | undefined;
    try {
      ranOn = (await firstValueFrom(this.api.runSelfCheck())).workerIdentity;
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    }
    // The notice comes with the result it announces, not before the page shows it.
    await this.load(true);
    if (ranOn !== undefined) this.notice.set({ key: 'staff.ops.platform.ran', params: { worker: ranOn } });
    this.running.set(false);
    this.busy.set(false);
  }

  private async load(keepMessages = false): Promise<void> {
    if (!keepMessages) this.errorKey.set(undefined);
    try {
      this.platform.set(await firstValueFrom(this.api.platform()));
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    }
  }
}
