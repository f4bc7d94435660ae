import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type IsActiveMatchOptions, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { PRODUCT_NAME } from '../product';
import { type NavigationItem, NavigationService } from './navigation';
import { UserMenuComponent } from './user-menu.component';

/**
 * Desktop frame: a top bar with the product name, side navigation on the left, the page beside it.
 * The client's by default; the staff's area gives its own navigation, title and who-is-here block
 * (projected as `[shell-user]`).
 */
@Component({
  selector: 'qb-desktop-shell',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent, UserMenuComponent],
  templateUrl: './desktop-shell.component.html',
  styleUrl: './desktop-shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesktopShellComponent {
  protected readonly productName = PRODUCT_NAME;
  private readonly navigation = inject(NavigationService);
  readonly items = input<readonly NavigationItem[]>();
  /** A translation key said after the product name (the staff's area). */
  readonly area = input<string>();
  protected readonly navItems = computed(() => this.items() ?? this.navigation.items());
  protected readonly home = computed(() => this.navItems()[0]?.path ?? '/');
  // A search or a filter in the address (`?q=…`) is still the same page for the menu.
  protected readonly exactPath: IsActiveMatchOptions = {
    paths: 'exact',
    queryParams: 'ignored',
    matrixParams: 'ignored',
    fragment: 'ignored',
  };
  protected readonly withinPath: IsActiveMatchOptions = { ...this.exactPath, paths: 'subset' };
}
