import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/auth/session.store';
import { LanguageSwitchComponent } from '../core/i18n/language-switch.component';
import { UserMenuComponent } from '../core/layout/user-menu.component';

/**
 * The phone's "profile" tab: who is logged in, their signature right, the token's password, the
 * language, and log-out.
 */
@Component({
  selector: 'qb-profile-page',
  imports: [RouterLink, TranslocoPipe, LanguageSwitchComponent, UserMenuComponent],
  template: `
    <h1>{{ 'profile.title' | transloco }}</h1>
    @if (session.client(); as user) {
      <dl class="details card">
        <dt>{{ 'profile.right' | transloco }}</dt>
        <dd>{{ 'right.' + user.signatureRight | transloco }}</dd>
        <dt>{{ 'profile.channel' | transloco }}</dt>
        <dd>{{ 'channel.' + user.channel | transloco }}</dd>
      </dl>
    }
    <div class="card token">
      <span class="label">{{ 'profile.token' | transloco }}</span>
      <a class="button token-pin-link" routerLink="/token">{{ 'profile.tokenLink' | transloco }}</a>
    </div>
    <div class="card language">
      <span class="label">{{ 'language.label' | transloco }}</span>
      <qb-language-switch />
    </div>
    <div class="card">
      <qb-user-menu [stacked]="true" />
    </div>
  `,
  styles: `
    .language,
    .token {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
      justify-content: space-between;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePageComponent {
  protected readonly session = inject(SessionStore);
}
