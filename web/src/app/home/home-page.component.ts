import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PRODUCT_NAME } from '../core/product';
import { PlatformStatusComponent } from './platform-status/platform-status.component';

/** Placeholder landing page until the account overview exists. */
@Component({
  selector: 'qb-home-page',
  imports: [PlatformStatusComponent],
  template: `
    <h1>{{ productName }}</h1>
    <p class="lead">Corporate internet banking: payments signed in sequence, on desktop and on the phone.</p>
    <qb-platform-status />
  `,
  styles: `
    .lead {
      margin: 0 0 1.5rem;
      color: var(--qb-color-text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  protected readonly productName = PRODUCT_NAME;
}
