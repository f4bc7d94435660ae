import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { opsError } from '../staff-errors';
import { DurationComponent } from './duration.component';
import { OpsApi, type StuckProcesses } from './ops-api';
import { PendingActivitiesComponent } from './pending-activities.component';
import { ProcessStatusComponent } from './process-status.component';

/**
 * Processes that stopped moving, in two groups that call for different people: those waiting on the
 * system past its threshold (the bank, a step Temporal keeps retrying — each step's attempts, last
 * failure and next attempt shown), and those waiting on a person so long they look abandoned.
 */
@Component({
  selector: 'qb-stuck-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LocalDateTimePipe,
    DurationComponent,
    PendingActivitiesComponent,
    ProcessStatusComponent,
  ],
  template: `
    <div class="page-header">
      <h1>{{ 'staff.ops.stuck.heading' | transloco }}</h1>
      <button type="button" class="button refresh" [disabled]="loading()" (click)="load()">
        {{ 'staff.ops.refresh' | transloco }}
      </button>
    </div>
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    }
    @if (stuck(); as stuck) {
      <section class="group" data-group="onSystem" aria-labelledby="on-system">
        <h2 id="on-system">{{ 'staff.ops.stuck.onSystem' | transloco }} ({{ stuck.onSystem.length }})</h2>
        <p class="muted threshold">
          {{ 'staff.ops.stuck.onSystemHint' | transloco }} {{ 'staff.ops.stuck.threshold' | transloco }}
          <strong><qb-duration [seconds]="stuck.stuckAfterSeconds" /></strong>
        </p>
        @if (stuck.stepThresholds.length > 0) {
          <ul class="muted step-thresholds" [attr.aria-label]="'staff.ops.stuck.stepThresholds' | transloco">
            @for (step of stuck.stepThresholds; track step.type + step.status) {
              <li>
                {{ 'staff.ops.type.' + step.type | transloco }}
                <qb-process-status [type]="step.type" [status]="step.status" />:
                <strong><qb-duration [seconds]="step.seconds" /></strong>
              </li>
            }
          </ul>
        }
        @if (stuck.onSystem.length === 0) {
          <p class="empty">{{ 'staff.ops.stuck.none' | transloco }}</p>
        }
        @for (process of stuck.onSystem; track process.id) {
          <article class="card process" [attr.data-process]="process.id">
            <header>
              <h3>
                <a [routerLink]="['/staff/operations/processes', process.id]">{{ process.title }}</a>
              </h3>
              <qb-process-status [type]="process.type" [status]="process.status" />
            </header>
            <p class="facts">
              <span>{{ 'staff.ops.type.' + process.type | transloco }}</span>
              @if (process.organization; as organization) {
                <span
                  >{{ organization.name }} · <span class="mono">{{ organization.binIin }}</span></span
                >
              }
              <span class="waiting"
                >{{ 'staff.ops.stuck.waiting' | transloco }} <qb-duration [seconds]="process.waitingSeconds"
              /></span>
              <span class="since">{{
                'staff.ops.stuck.since' | transloco: { time: (process.updatedAt | localDateTime) }
              }}</span>
            </p>
            @if (process.activities.length === 0) {
              <p class="muted no-activity">{{ 'staff.ops.stuck.noActivity' | transloco }}</p>
            } @else {
              <qb-pending-activities [activities]="process.activities" />
            }
          </article>
        }
      </section>

      <section class="group" data-group="onPerson" aria-labelledby="on-person">
        <h2 id="on-person">{{ 'staff.ops.stuck.onPerson' | transloco }} ({{ stuck.onPerson.length }})</h2>
        <p class="muted threshold">
          {{ 'staff.ops.stuck.onPersonHint' | transloco }} {{ 'staff.ops.stuck.threshold' | transloco }}
          <strong><qb-duration [seconds]="stuck.abandonedAfterHours * 3600" /></strong>
        </p>
        @if (stuck.onPerson.length === 0) {
          <p class="empty">{{ 'staff.ops.stuck.none' | transloco }}</p>
        } @else {
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{{ 'staff.ops.processes.columns.kind' | transloco }}</th>
                  <th scope="col">{{ 'staff.ops.processes.columns.process' | transloco }}</th>
                  <th scope="col">{{ 'staff.ops.processes.columns.client' | transloco }}</th>
                  <th scope="col">{{ 'staff.ops.processes.columns.status' | transloco }}</th>
                  <th scope="col">{{ 'staff.ops.stuck.waiting' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (process of stuck.onPerson; track process.id) {
                  <tr [attr.data-process]="process.id">
                    <td>{{ 'staff.ops.type.' + process.type | transloco }}</td>
                    <td>
                      <a [routerLink]="['/staff/operations/processes', process.id]">{{ process.title }}</a>
                    </td>
                    <td>{{ process.organization?.name ?? '—' }}</td>
                    <td><qb-process-status [type]="process.type" [status]="process.status" /></td>
                    <td class="nowrap"><qb-duration [seconds]="process.waitingSeconds" /></td>
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
    .group {
      margin-bottom: 2rem;
    }
    .step-thresholds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }
    .process header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
    }
    .process h3 {
      margin: 0;
      font-size: 1.0625rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0.5rem 0;
    }
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StuckPageComponent {
  private readonly api = inject(OpsApi);
  protected readonly stuck = signal<StuckProcesses | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly loading = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.errorKey.set(undefined);
    try {
      this.stuck.set(await firstValueFrom(this.api.stuck()));
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    } finally {
      this.loading.set(false);
    }
  }
}
