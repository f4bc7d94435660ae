import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAIN_NAV_TEMPLATE, MainNav } from './main-nav';

/** The desktop's main navigation, a column beside the page (above it on a narrow staff screen). */
@Component({
  selector: 'qb-desktop-menu',
  imports: [RouterLink, TranslocoPipe],
  template: MAIN_NAV_TEMPLATE,
  styleUrl: './desktop-menu.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesktopMenuComponent extends MainNav {
  protected readonly look = 'side-nav';
}
