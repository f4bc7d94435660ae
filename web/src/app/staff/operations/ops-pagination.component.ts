import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Previous and next page of a list, saying which page of how many (as the clients' list does). */
@Component({
  selector: 'qb-ops-pagination',
  imports: [TranslocoPipe],
  template: `
    <nav class="pagination" [attr.aria-label]="'documents.pagination' | transloco">
      <button
        type="button"
        class="button previous"
        [attr.aria-disabled]="page() <= 1"
        (click)="page() > 1 && go.emit(page() - 1)"
      >
        {{ 'documents.previous' | transloco }}
      </button>
      <span>{{ 'documents.pageOf' | transloco: { page: page(), pages: pages() } }}</span>
      <button
        type="button"
        class="button next"
        [attr.aria-disabled]="page() >= pages()"
        (click)="page() < pages() && go.emit(page() + 1)"
      >
        {{ 'documents.next' | transloco }}
      </button>
    </nav>
  `,
  styles: `
    .pagination {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpsPaginationComponent {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  readonly go = output<number>();
}
