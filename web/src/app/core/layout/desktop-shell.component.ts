import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { PRODUCT_NAME } from '../product';
import { NavigationService } from './navigation';
import { UserMenuComponent } from './user-menu.component';

/** Desktop frame: a top bar with the product name, side navigation on the left, the page beside it. */
@Component({
  selector: 'qb-desktop-shell',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent, UserMenuComponent],
  templateUrl: './desktop-shell.component.html',
  styleUrl: './desktop-shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesktopShellComponent {
  protected readonly productName = PRODUCT_NAME;
  protected readonly navigation = inject(NavigationService);
}
