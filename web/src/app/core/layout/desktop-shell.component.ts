import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { PRODUCT_NAME } from '../product';
import { MAIN_NAVIGATION } from './navigation';

/** Desktop frame: a top bar with the product name, side navigation on the left, the page beside it. */
@Component({
  selector: 'qb-desktop-shell',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './desktop-shell.component.html',
  styleUrl: './desktop-shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesktopShellComponent {
  protected readonly productName = PRODUCT_NAME;
  protected readonly navigation = MAIN_NAVIGATION;
}
