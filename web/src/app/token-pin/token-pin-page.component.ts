import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SessionStore } from '../core/auth/session.store';
import { openPinWindow } from '../core/signer/pin-window';
import { SigningAgent } from '../core/signer/signing-agent';
import { TokenListComponent } from '../core/signer/token-list.component';
import { TOKEN_PASSWORD_RULES } from '../core/signer/tokens';
import { TokenPinStore } from './token-pin.store';

/**
 * The connected tokens and what their owner does to the token password, signed in (from the
 * profile) or not (from the log-in page: a locked password keeps one from logging in): change it,
 * or unblock it with the administrator password. Each explains what will happen, then the agent's
 * own window takes the passwords.
 */
@Component({
  selector: 'qb-token-pin-page',
  imports: [NgTemplateOutlet, RouterLink, TranslocoPipe, TokenListComponent],
  templateUrl: './token-pin-page.component.html',
  styleUrl: './token-pin-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TokenPinPageComponent {
  protected readonly store = inject(TokenPinStore);
  protected readonly agent = inject(SigningAgent);
  private readonly session = inject(SessionStore);
  private readonly view = inject(DOCUMENT).defaultView;

  protected readonly passwordRules = TOKEN_PASSWORD_RULES;
  protected readonly signedIn = computed(() => this.session.client() !== undefined);

  constructor() {
    this.store.attach();
  }

  // The pop-up for the agent's prompt is opened now, inside the click: later it would be blocked.
  protected perform(): void {
    if (!this.store.activity()) void this.store.perform(openPinWindow(this.view));
  }

  protected back(): void {
    if (!this.store.activity()) void this.store.back();
  }
}
