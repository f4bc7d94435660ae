import { Injectable, type Provider, inject } from '@angular/core';
import { EVENT_SOURCE_FACTORY, type ProcessChange } from '../app/core/live/process-events';

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
 * Every event stream the app opened, so a test can play the server: `announce` sends a process
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

  announce(change: ProcessChange): void {
    for (const source of this.opened.filter((open) => !open.closed)) {
      source.dispatchEvent(new MessageEvent('process', { data: JSON.stringify(change) }));
    }
  }
}

/** Makes ProcessEvents open FakeEventSources instead of real EventSources. */
export function provideFakeEventSources(): Provider {
  return {
    provide: EVENT_SOURCE_FACTORY,
    useFactory: () => {
      const fakes = inject(FakeEventSources);
      return (url: string) => fakes.open(url) as unknown as EventSource;
    },
  };
}
