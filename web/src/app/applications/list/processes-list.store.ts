import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Subscription, debounceTime, filter } from 'rxjs';
import { type ApiProblem, apiProblemOf } from '../../core/http/api-error';
import { ProcessEvents } from '../../core/live/process-events';
import type { ProcessFilters, ProcessPage } from '../application';
import { ApplicationsApi } from '../applications-api';

/** Changes often come in bursts (a signature, then the bank's answers): one refetch per burst. */
const LIVE_DEBOUNCE_MS = 250;

export type ProcessListState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly page: ProcessPage }
  | { readonly kind: 'failed'; readonly problem: ApiProblem };

/**
 * One page of "My applications" for the filters shown, kept current by the live stream: a change
 * of any payment or application refetches it (a new one may belong on the page, and the count of
 * what awaits the user moves). Provided by the page, so it lives as long as the page.
 */
@Injectable()
export class ProcessesListStore {
  private readonly api = inject(ApplicationsApi);
  private readonly current = signal<ProcessListState>({ kind: 'loading' });
  private filters: ProcessFilters = {};
  private inFlight: Subscription | undefined;

  readonly state = this.current.asReadonly();

  constructor() {
    inject(ProcessEvents)
      .changes.pipe(
        filter((change) => change.processType === 'payment' || change.processType === 'application'),
        debounceTime(LIVE_DEBOUNCE_MS),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.reload());
    inject(DestroyRef).onDestroy(() => this.inFlight?.unsubscribe());
  }

  load(filters: ProcessFilters): void {
    this.filters = filters;
    this.current.set({ kind: 'loading' });
    this.reload();
  }

  /** Fetches the current page again; what is on screen stays until the answer arrives. */
  reload(): void {
    this.inFlight?.unsubscribe();
    this.inFlight = this.api.processes(this.filters).subscribe({
      next: (page) => this.current.set({ kind: 'loaded', page }),
      error: (error: unknown) => {
        if (this.current().kind !== 'loaded')
          this.current.set({ kind: 'failed', problem: apiProblemOf(error) });
      },
    });
  }
}
