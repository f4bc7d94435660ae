import { Directive, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { type NavigationItem, currentItem } from './navigation';

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
            [class.active]="item.path === current()"
            [attr.aria-current]="item.path === current() ? 'page' : null"
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
  private readonly router = inject(Router);
  private readonly path = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.pathShown()),
    ),
    { initialValue: this.pathShown() },
  );
  /** The path of the entry marked as the page shown. */
  protected readonly current = computed(() => currentItem(this.items(), this.path())?.path);

  private pathShown(): string {
    const segments = this.router.parseUrl(this.router.url).root.children['primary']?.segments ?? [];
    return `/${segments.map((segment) => segment.path).join('/')}`;
  }
}
