import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '../i18n/language-switch.component';
import { PRODUCT_NAME } from '../product';

/** Before log-in: the product name, the language, and the page; no navigation to pages one cannot open. */
@Component({
  selector: 'qb-public-shell',
  imports: [TranslocoPipe, LanguageSwitchComponent],
  template: `
    <header class="top-bar">
      <span class="product-name">{{ productName }}</span>
      <qb-language-switch />
    </header>
    <main class="content" tabindex="-1" [attr.aria-label]="'nav.content' | transloco">
      <ng-content />
    </main>
  `,
  styles: `
    .top-bar {
      --qb-color-focus: var(--qb-color-on-primary);
      display: flex;
      align-items: center;
      justify-content: space-between;
      min-height: 3.5rem;
      padding: 0.25rem 1rem;
      background: var(--qb-color-primary);
      color: var(--qb-color-on-primary);
    }
    .product-name {
      font-size: 1.25rem;
      font-weight: 700;
    }
    .content {
      display: block;
      max-width: 32rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicShellComponent {
  protected readonly productName = PRODUCT_NAME;
}
