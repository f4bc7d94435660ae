import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { PRODUCT_NAME } from '../product';
import { BottomNavComponent } from './bottom-nav.component';
import { DesktopMenuComponent } from './desktop-menu.component';
import { type NavigationItem, NavigationService } from './navigation';
import { UserMenuComponent } from './user-menu.component';

/**
 * The frame of every signed-in page: a top bar with the product name, the page, and the main
 * navigation — beside the page on a desktop, in a bar within thumb reach at the bottom of a phone.
 * One frame for both, with the page always in the same place: a window dragged across the phone
 * width, or a tablet rotated, changes only the navigation and keeps the page with what was typed.
 * The desktop's menu is deferred, so a phone never loads it. The client's navigation by
 * default; the staff's area gives its own, a title and its who-is-here block (projected as
 * `[shell-user]`).
 */
@Component({
  selector: 'qb-shell',
  imports: [
    RouterLink,
    TranslocoPipe,
    LanguageSwitchComponent,
    BottomNavComponent,
    DesktopMenuComponent,
    UserMenuComponent,
  ],
  host: { '[class.mobile]': 'mobile()' },
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellComponent {
  protected readonly productName = PRODUCT_NAME;
  private readonly navigation = inject(NavigationService);
  /** The phone's frame: a compact sticky top bar and the navigation at the bottom. */
  readonly mobile = input(false);
  readonly items = input<readonly NavigationItem[]>();
  /** A translation key said after the product name (the staff's area). */
  readonly area = input<string>();
  protected readonly navItems = computed(() => this.items() ?? this.navigation.items());
  protected readonly home = computed(() => this.navItems()[0]?.path ?? '/');
}
