import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MAIN_NAV_TEMPLATE, MainNav } from './main-nav';

/** The phone's main navigation: a bar fixed at the bottom of the screen, within thumb reach. */
@Component({
  selector: 'qb-bottom-nav',
  imports: [RouterLink, TranslocoPipe],
  template: MAIN_NAV_TEMPLATE,
  styleUrl: './bottom-nav.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BottomNavComponent extends MainNav {
  protected readonly look = 'bottom-nav';
}
