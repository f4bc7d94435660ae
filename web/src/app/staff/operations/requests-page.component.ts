import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { ChangeStatusComponent } from '../changes/change-status.component';
import { opsError } from '../staff-errors';
import { OpsApi, type OpsRequestSummary } from './ops-api';

/**
 * Operators' requests to cancel or terminate a process, pending ones first: for an operator, those
 * another operator made (theirs to check) apart from their own (another operator's to check); an
 * auditor sees every pending one. Then the decided ones.
 */
@Component({
  selector: 'qb-requests-page',
  imports: [RouterLink, TranslocoPipe, LocalDateTimePipe, ChangeStatusComponent],
  template: `
    <div class="page-header">
      <h1>{{ 'staff.ops.requests.heading' | transloco }}</h1>
      <button type="button" class="button refresh" (click)="load()">
        {{ 'staff.ops.refresh' | transloco }}
      </button>
    </div>
    <p class="hint">{{ 'staff.ops.requests.hint' | transloco }}</p>
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    }
    @if (requests(); as requests) {
      @for (group of groups(); track group.key) {
        <section class="group" [attr.data-group]="group.key">
          <h2>{{ 'staff.ops.requests.' + group.key | transloco }} ({{ group.items.length }})</h2>
          @if (group.items.length === 0) {
            <p class="muted">{{ 'staff.changes.empty' | transloco }}</p>
          } @else {
            <div class="table-wrap">
              <table class="data requests">
                <thead>
                  <tr>
                    <th scope="col">{{ 'staff.ops.requests.type' | transloco }}</th>
                    <th scope="col">{{ 'staff.ops.requests.process' | transloco }}</th>
                    <th scope="col">{{ 'staff.changes.client' | transloco }}</th>
                    <th scope="col">{{ 'staff.changes.maker' | transloco }}</th>
                    <th scope="col">{{ 'staff.changes.submittedAt' | transloco }}</th>
                    <th scope="col">{{ 'staff.changes.status' | transloco }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (request of group.items; track request.id) {
                    <tr [attr.data-request]="request.id">
                      <td>
                        <a [routerLink]="['/staff/operations/requests', request.id]">{{
                          'staff.changeType.' + request.type | transloco
                        }}</a>
                      </td>
                      <td>{{ request.summary }}</td>
                      <td>{{ request.organizationName ?? '—' }}</td>
                      <td>{{ request.maker.name }}</td>
                      <td class="nowrap">{{ request.submittedAt | localDateTime }}</td>
                      <td><qb-change-status [status]="request.status" /></td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </section>
      }
    } @else if (!errorKey()) {
      <p>{{ 'common.loading' | transloco }}</p>
    }
  `,
  styles: `
    .page-header {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      justify-content: space-between;
    }
    .group {
      margin-bottom: 2rem;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestsPageComponent {
  private readonly api = inject(OpsApi);
  private readonly session = inject(SessionStore);
  protected readonly requests = signal<OpsRequestSummary[] | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);

  protected readonly groups = computed(() => {
    const me = this.session.staff();
    const all = this.requests() ?? [];
    const pending = all.filter((request) => request.status === 'PENDING_CHECK');
    const decided = { key: 'decided', items: all.filter((request) => request.status !== 'PENDING_CHECK') };
    if (me?.role !== 'OPERATOR') return [{ key: 'pending', items: pending }, decided];
    return [
      { key: 'toCheck', items: pending.filter((request) => request.maker.staffId !== me.staffId) },
      { key: 'mine', items: pending.filter((request) => request.maker.staffId === me.staffId) },
      decided,
    ];
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.errorKey.set(undefined);
    try {
      this.requests.set(await firstValueFrom(this.api.requests()));
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    }
  }
}
