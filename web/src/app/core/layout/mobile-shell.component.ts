import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { PRODUCT_NAME } from '../product';
import { NavigationService } from './navigation';

/** Phone frame: a compact top bar, the page, and a bottom navigation bar within thumb reach. */
@Component({
  selector: 'qb-mobile-shell',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent],
  templateUrl: './mobile-shell.component.html',
  styleUrl: './mobile-shell.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MobileShellComponent {
  protected readonly productName = PRODUCT_NAME;
  protected readonly navigation = inject(NavigationService);
}
