import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type Subscription, debounceTime, filter, forkJoin } from 'rxjs';
import { type ApiProblem, apiProblemOf } from '../../core/http/api-error';
import { ProcessEvents } from '../../core/live/process-events';
import type { DocumentView, TimelineEntryView } from '../document';
import { DocumentsApi } from '../documents-api';

export type DetailState =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'loaded';
      readonly document: DocumentView;
      readonly timeline: readonly TimelineEntryView[];
    }
  | { readonly kind: 'failed'; readonly problem: ApiProblem };

/** One document with its timeline, refetched whenever the live stream says it moved. */
@Injectable()
export class DocumentDetailStore {
  private readonly api = inject(DocumentsApi);
  private readonly current = signal<DetailState>({ kind: 'loading' });
  private id: string | undefined;
  private inFlight: Subscription | undefined;

  readonly state = this.current.asReadonly();

  constructor() {
    inject(ProcessEvents)
      .changes.pipe(
        filter((change) => change.processType === 'payment' && change.processId === this.id),
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

  /** Shows a document an action just answered at once; the timeline follows. */
  update(document: DocumentView): void {
    const state = this.current();
    if (state.kind === 'loaded') this.current.set({ ...state, document });
    this.reload();
  }

  reload(): void {
    const id = this.id;
    if (!id) return;
    this.inFlight?.unsubscribe();
    this.inFlight = forkJoin({ document: this.api.get(id), timeline: this.api.timeline(id) }).subscribe({
      next: ({ document, timeline }) => this.current.set({ kind: 'loaded', document, timeline }),
      error: (error: unknown) => {
        // A refetch that fails keeps what is on screen; only a first load shows the failure.
        if (this.current().kind !== 'loaded')
          this.current.set({ kind: 'failed', problem: apiProblemOf(error) });
      },
    });
  }
}
