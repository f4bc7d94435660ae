import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { DesktopShellComponent } from './core/layout/desktop-shell.component';
import { LayoutService } from './core/layout/layout.service';
import { MobileShellComponent } from './core/layout/mobile-shell.component';

/** Root: frames every page in the shell that fits the screen (one code base for both channels). */
@Component({
  selector: 'qb-root',
  imports: [RouterOutlet, DesktopShellComponent, MobileShellComponent],
  template: `
    @if (layout.isMobile()) {
      <qb-mobile-shell><router-outlet /></qb-mobile-shell>
    } @else {
      <qb-desktop-shell><router-outlet /></qb-desktop-shell>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {
  protected readonly layout = inject(LayoutService);
}
