import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../../core/auth/session.store';
import { ShellComponent } from '../../core/layout/shell.component';
import type { NavigationItem } from '../../core/layout/navigation';
import { MANAGER_ROLES } from '../staff.guards';
import { IdleWarningComponent } from '../../core/auth/idle-warning.component';

/**
 * The bank staff's frame, on a desktop or a phone: the clients' desktop frame (narrowed by CSS on a
 * phone) with the staff's navigation and the person's name and role always in view, so nobody
 * forgets whose desk the browser is on. Managers get the clients and changes; operators and auditors
 * the operations console.
 */
@Component({
  selector: 'qb-staff-shell',
  imports: [TranslocoPipe, ShellComponent, IdleWarningComponent],
  template: `
    <qb-shell [items]="items()" area="staff.area">
      @if (session.staff(); as member) {
        <div shell-user class="who-block">
          <div class="who">
            <span class="name">{{ member.fullName }}</span>
            <span class="role" data-role>{{ 'staff.role.' + member.role | transloco }}</span>
          </div>
          <button type="button" class="button logout" (click)="logout()">
            {{ 'auth.logout' | transloco }}
          </button>
        </div>
      }
      <qb-idle-warning />
      <ng-content />
    </qb-shell>
  `,
  styleUrl: './staff-shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffShellComponent {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly items = computed((): readonly NavigationItem[] => {
    const role = this.session.staff()?.role;
    if (!role || !MANAGER_ROLES.includes(role))
      return [
        { label: 'staff.ops.nav.processes', path: '/staff/operations', exact: true },
        { label: 'staff.ops.nav.stuck', path: '/staff/operations/stuck', exact: true },
        { label: 'staff.ops.nav.requests', path: '/staff/operations/requests', exact: false },
        { label: 'staff.ops.nav.audit', path: '/staff/operations/audit', exact: true },
        { label: 'staff.ops.nav.platform', path: '/staff/operations/platform', exact: true },
      ];
    return [
      { label: 'staff.nav.clients', path: '/staff/clients', exact: true },
      { label: 'staff.nav.newClient', path: '/staff/clients/new', exact: true },
      { label: 'staff.nav.changes', path: '/staff/changes', exact: false },
      { label: 'staff.settings.nav', path: '/staff/settings', exact: true },
      ...(role === 'SENIOR_MANAGER'
        ? [{ label: 'staff.reference.nav', path: '/staff/reference', exact: true }]
        : []),
    ];
  });

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/staff/login'], { queryParams: { reason: 'logged-out' } });
  }
}
