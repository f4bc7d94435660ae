import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { PRODUCT_NAME } from '../product';
import { MAIN_NAVIGATION } from './navigation';

/** Phone frame: a compact top bar, the page, and a bottom navigation bar within thumb reach. */
@Component({
  selector: 'qb-mobile-shell',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './mobile-shell.component.html',
  styleUrl: './mobile-shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MobileShellComponent {
  protected readonly productName = PRODUCT_NAME;
  protected readonly navigation = MAIN_NAVIGATION;
}
