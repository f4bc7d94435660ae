import { Injectable, type Provider, inject } from '@angular/core';
import { type DocumentChange, EVENT_SOURCE_FACTORY } from '../app/core/live/document-events';

/** A server-sent event stream the test drives: jsdom has no EventSource. */
export class FakeEventSource extends EventTarget {
  closed = false;

  constructor(readonly url: string) {
    super();
  }

  close(): void {
    this.closed = true;
  }
}

/**
 * Every event stream the app opened, so a test can play the server: `announce` sends a document
 * change on each open stream, as the backend does when a workflow moves.
 */
@Injectable({ providedIn: 'root' })
export class FakeEventSources {
  readonly opened: FakeEventSource[] = [];

  open(url: string): FakeEventSource {
    const source = new FakeEventSource(url);
    this.opened.push(source);
    return source;
  }

  announce(change: DocumentChange): void {
    for (const source of this.opened.filter((open) => !open.closed)) {
      source.dispatchEvent(new MessageEvent('document', { data: JSON.stringify(change) }));
    }
  }
}

/** Makes DocumentEvents open FakeEventSources instead of real EventSources. */
export function provideFakeEventSources(): Provider {
  return {
    provide: EVENT_SOURCE_FACTORY,
    useFactory: () => {
      const fakes = inject(FakeEventSources);
      return (url: string) => fakes.open(url) as unknown as EventSource;
    },
  };
}
