import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Subscription, debounceTime, filter } from 'rxjs';
import { type ApiProblem, apiProblemOf } from '../../core/http/api-error';
import { ProcessEvents } from '../../core/live/process-events';
import type { DocumentFilters, DocumentPage } from '../document';
import { DocumentsApi } from '../documents-api';

/** Changes often come in bursts (a signature, then the bank's answers): one refetch per burst. */
const LIVE_DEBOUNCE_MS = 250;

export type ListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly page: DocumentPage }
  | { readonly kind: 'failed'; readonly problem: ApiProblem };

/**
 * One page of the documents list for the filters shown, kept current by the live stream: any
 * change of the organization's documents refetches the page (a new document may also belong on it).
 * Provided by the page that shows the list, so it lives as long as the page.
 */
@Injectable()
export class DocumentsListStore {
  private readonly api = inject(DocumentsApi);
  private readonly current = signal<ListState>({ kind: 'loading' });
  private filters: DocumentFilters = {};
  private inFlight: Subscription | undefined;

  readonly state = this.current.asReadonly();

  constructor() {
    inject(ProcessEvents)
      .changes.pipe(
        filter((change) => change.processType === 'payment'),
        debounceTime(LIVE_DEBOUNCE_MS),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.reload());
    inject(DestroyRef).onDestroy(() => this.inFlight?.unsubscribe());
  }

  load(filters: DocumentFilters): void {
    this.filters = filters;
    this.current.set({ kind: 'loading' });
    this.reload();
  }

  /** Fetches the current page again; what is on screen stays until the answer arrives. */
  reload(): void {
    this.inFlight?.unsubscribe();
    this.inFlight = this.api.list(this.filters).subscribe({
      next: (page) => this.current.set({ kind: 'loaded', page }),
      error: (error: unknown) => this.current.set({ kind: 'failed', problem: apiProblemOf(error) }),
    });
  }
}
