import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../auth/session.store';

/** Who is logged in (name, organization, channel) and the log-out button. */
@Component({
  selector: 'qb-user-menu',
  imports: [TranslocoPipe],
  host: { '[class.stacked]': 'stacked()' },
  template: `
    @if (session.client(); as user) {
      <div class="who">
        <span class="name">{{ user.fullName }}</span>
        <span class="organization"
          >{{ user.organizationName }} · {{ 'channel.' + user.channel | transloco }}</span
        >
      </div>
      <button type="button" class="button logout" (click)="logout()">{{ 'auth.logout' | transloco }}</button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
    }
    .who {
      display: flex;
      flex-direction: column;
      line-height: 1.25;
      text-align: right;
    }
    /* On the profile page, a card like those above it: who on the left, the button on the right. */
    :host(.stacked) {
      justify-content: space-between;
    }
    :host(.stacked) .who {
      text-align: left;
    }
    .organization {
      font-size: 0.875rem;
      opacity: 0.9;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenuComponent {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  /** Left-aligned, as on the phone's profile page. */
  readonly stacked = input(false);

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigate(['/login'], { queryParams: { reason: 'logged-out' } });
  }
}
