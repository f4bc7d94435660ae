import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, type TemplateRef, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ConnectedToken, tokenName } from './tokens';

/** What a page adds to each token of the list (its actions), given the token. */
export interface TokenActionsContext {
  readonly $implicit: ConnectedToken;
}

/**
 * The tokens the signing agent sees, as the client recognizes them: the name ("KAZTOKEN - ?" for an
 * empty one), model and serial number, and whether the password is locked after wrong entries.
 */
@Component({
  selector: 'qb-token-list',
  imports: [NgTemplateOutlet, TranslocoPipe],
  template: `
    <ul class="tokens" [attr.aria-label]="'tokens.seen' | transloco">
      @for (token of tokens(); track token.slotId) {
        <li class="token" [attr.data-serial]="token.serialNumber">
          <strong class="token-name" translate="no">{{ name(token) }}</strong>
          <span class="hint">
            {{ 'tokens.details' | transloco: { model: token.model, serialNumber: token.serialNumber } }}
          </span>
          @if (token.empty) {
            <span class="hint token-empty">{{ 'tokens.empty' | transloco }}</span>
          }
          @if (token.userPinLocked) {
            <span class="pin-locked">{{ 'tokens.pinLocked' | transloco }}</span>
          }
          @if (actions(); as actions) {
            <ng-container *ngTemplateOutlet="actions; context: { $implicit: token }" />
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .tokens {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .token {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding: 0.75rem;
      border: 1px solid var(--qb-color-border);
      border-radius: var(--qb-radius);
    }
    .pin-locked {
      align-self: flex-start;
      margin-top: 0.25rem;
      padding: 0.125rem 0.5rem;
      border-radius: var(--qb-radius);
      background: var(--qb-color-down-background);
      color: var(--qb-color-down-text);
      font-size: 0.875rem;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TokenListComponent {
  readonly tokens = input.required<readonly ConnectedToken[]>();
  readonly actions = input<TemplateRef<TokenActionsContext>>();

  protected readonly name = tokenName;
}
