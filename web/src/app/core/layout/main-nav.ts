import { Directive, input } from '@angular/core';
import { type NavigationItem, activeWhen } from './navigation';

/**
 * The main navigation's links, the same on a desktop and a phone; each placement is its own
 * component with its own look (`look` names the nav's class), so a phone loads only the bar's.
 */
export const MAIN_NAV_TEMPLATE = `
  <nav [class]="look" [attr.aria-label]="'nav.main' | transloco">
    <ul>
      @for (item of items(); track item.path) {
        <li>
          <a
            [routerLink]="item.path"
            routerLinkActive="active"
            [routerLinkActiveOptions]="activeWhen(item)"
            ariaCurrentWhenActive="page"
            >{{ item.label | transloco }}
            @if (item.badge) {
              <span
                class="nav-badge"
                [attr.aria-label]="'nav.waitingForYou' | transloco: { count: item.badge }"
                >{{ item.badge }}</span
              >
            }
          </a>
        </li>
      }
    </ul>
  </nav>
`;

@Directive()
export abstract class MainNav {
  readonly items = input.required<readonly NavigationItem[]>();
  protected abstract readonly look: string;
  protected readonly activeWhen = activeWhen;
}
