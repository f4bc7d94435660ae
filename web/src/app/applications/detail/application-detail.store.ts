import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Subscription, debounceTime, filter, forkJoin } from 'rxjs';
import { type ApiProblem, apiProblemOf } from '../../core/http/api-error';
import { ProcessEvents } from '../../core/live/process-events';
import type { ApplicationTimelineEntryView, ApplicationView } from '../application';
import { ApplicationsApi } from '../applications-api';

export type ApplicationDetailState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'loaded';
      readonly application: ApplicationView;
      readonly timeline: readonly ApplicationTimelineEntryView[];
    }
  | { readonly kind: 'failed'; readonly problem: ApiProblem };

/** One application with its timeline, refetched whenever the live stream says it moved. */
@Injectable()
export class ApplicationDetailStore {
  private readonly api = inject(ApplicationsApi);
  private readonly current = signal<ApplicationDetailState>({ kind: 'loading' });
  private id: string | undefined;
  private inFlight: Subscription | undefined;

  readonly state = this.current.asReadonly();

  constructor() {
    inject(ProcessEvents)
      .changes.pipe(
        filter((change) => change.processType === 'application' && change.processId === this.id),
        debounceTime(150),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.reload());
    inject(DestroyRef).onDestroy(() => this.inFlight?.unsubscribe());
  }

  load(id: string): void {
    this.id = id;
    this.current.set({ kind: 'loading' });
    this.reload();
  }

  /** Shows an application an action just answered at once; the timeline follows. */
  update(application: ApplicationView): void {
    const state = this.current();
    if (state.kind === 'loaded') this.current.set({ ...state, application });
    this.reload();
  }

  reload(): void {
    const id = this.id;
    if (!id) return;
    this.inFlight?.unsubscribe();
    this.inFlight = forkJoin({ application: this.api.get(id), timeline: this.api.timeline(id) }).subscribe({
      next: ({ application, timeline }) => this.current.set({ kind: 'loaded', application, timeline }),
      error: (error: unknown) => {
        // A refetch that fails keeps what is on screen; only a first load shows the failure.
        if (this.current().kind !== 'loaded')
          this.current.set({ kind: 'failed', problem: apiProblemOf(error) });
      },
    });
  }
}
