import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../../core/auth/session.store';
import { LanguageSwitchComponent } from '../../core/i18n/language-switch.component';
import { PRODUCT_NAME } from '../../core/product';
import { MANAGER_ROLES } from '../staff.guards';

interface StaffNavItem {
  readonly label: string;
  readonly path: string;
  readonly exact: boolean;
}

/**
 * The bank staff's desktop frame: the same top bar and side navigation as the clients', with the
 * person's name and role always in view, so nobody forgets whose desk the browser is on.
 */
@Component({
  selector: 'qb-staff-shell',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent],
  template: `
    <button type="button" class="skip-link" (click)="mainContent.focus()">
      {{ 'nav.skip' | transloco }}
    </button>
    <header class="top-bar">
      <a class="product-name" [routerLink]="items()[0]?.path ?? '/staff'"
        >{{ productName }} · {{ 'staff.area' | transloco }}</a
      >
      <div class="top-bar-end">
        @if (session.staff(); as member) {
          <div class="who">
            <span class="name">{{ member.fullName }}</span>
            <span class="role" data-role>{{ 'staff.role.' + member.role | transloco }}</span>
          </div>
          <button type="button" class="button logout" (click)="logout()">
            {{ 'auth.logout' | transloco }}
          </button>
        }
        <qb-language-switch />
      </div>
    </header>
    <div class="columns">
      <nav class="side-nav" [attr.aria-label]="'nav.main' | transloco">
        <ul>
          @for (item of items(); track item.path) {
            <li>
              <a
                [routerLink]="item.path"
                routerLinkActive="active"
                [routerLinkActiveOptions]="{ exact: item.exact }"
                ariaCurrentWhenActive="page"
                >{{ item.label | transloco }}</a
              >
            </li>
          }
        </ul>
      </nav>
      <main #mainContent class="content" tabindex="-1">
        <ng-content />
      </main>
    </div>
  `,
  styleUrls: ['../../core/layout/desktop-shell.component.scss', './staff-shell.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffShellComponent {
  protected readonly productName = PRODUCT_NAME;
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly items = computed((): readonly StaffNavItem[] => {
    const role = this.session.staff()?.role;
    if (!role || !MANAGER_ROLES.includes(role))
      return [{ label: 'staff.nav.operations', path: '/staff/operations', exact: true }];
    return [
      { label: 'staff.nav.clients', path: '/staff/clients', exact: true },
      { label: 'staff.nav.newClient', path: '/staff/clients/new', exact: true },
      { label: 'staff.nav.changes', path: '/staff/changes', exact: false },
    ];
  });

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/staff/login'], { queryParams: { reason: 'logged-out' } });
  }
}
