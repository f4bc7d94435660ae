import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { type ChangeRequestSummary, StaffApi } from '../staff-api';
import { staffError } from '../staff-errors';
import { ChangeStatusComponent } from './change-status.component';

/**
 * The four-eyes queue: requests waiting for a checker — those another manager made, which this one
 * may check, apart from this one's own, which only another manager may — then the decided ones.
 */
@Component({
  selector: 'qb-changes-page',
  imports: [RouterLink, TranslocoPipe, LocalDateTimePipe, ChangeStatusComponent],
  template: `
    <h1>{{ 'staff.changes.heading' | transloco }}</h1>
    @if (errorKey(); as errorKey) {
      <p class="alert error" role="alert">{{ errorKey | transloco }}</p>
    }
    @for (group of groups(); track group.key) {
      <section class="group" [attr.data-group]="group.key">
        <h2>{{ 'staff.changes.' + group.key | transloco }} ({{ group.items.length }})</h2>
        @if (group.items.length === 0) {
          <p class="muted">{{ 'staff.changes.empty' | transloco }}</p>
        } @else {
          <div class="table-wrap">
            <table class="data changes">
              <thead>
                <tr>
                  <th scope="col">{{ 'staff.changes.type' | transloco }}</th>
                  <th scope="col">{{ 'staff.changes.summary' | transloco }}</th>
                  <th scope="col">{{ 'staff.changes.client' | transloco }}</th>
                  <th scope="col">{{ 'staff.changes.maker' | transloco }}</th>
                  <th scope="col">{{ 'staff.changes.submittedAt' | transloco }}</th>
                  <th scope="col">{{ 'staff.changes.status' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (change of group.items; track change.id) {
                  <tr [attr.data-change]="change.id">
                    <td>
                      <a [routerLink]="['/staff/changes', change.id]">{{
                        'staff.changeType.' + change.type | transloco
                      }}</a>
                    </td>
                    <td>{{ change.summary }}</td>
                    <td>{{ change.organizationName ?? '—' }}</td>
                    <td>{{ change.maker.name }}</td>
                    <td class="nowrap">{{ change.submittedAt | localDateTime }}</td>
                    <td><qb-change-status [status]="change.status" /></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </section>
    }
  `,
  styles: `
    .group {
      margin-bottom: 2rem;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangesPageComponent {
  private readonly api = inject(StaffApi);
  private readonly session = inject(SessionStore);
  private readonly changes = signal<ChangeRequestSummary[]>([]);
  protected readonly errorKey = signal<string | undefined>(undefined);

  protected readonly groups = computed(() => {
    const me = this.session.staff()?.staffId;
    const pending = this.changes().filter((change) => change.status === 'PENDING_CHECK');
    return [
      { key: 'toCheck', items: pending.filter((change) => change.maker.staffId !== me) },
      { key: 'mine', items: pending.filter((change) => change.maker.staffId === me) },
      { key: 'decided', items: this.changes().filter((change) => change.status !== 'PENDING_CHECK') },
    ];
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.changes.set(await firstValueFrom(this.api.changeRequests()));
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    }
  }
}
