import { DestroyRef, Injectable, InjectionToken, inject } from '@angular/core';
import type { ProcessType } from '@qoltanba/workflows/domain';
import { Subject } from 'rxjs';
import { API_BASE_PATH } from '../http/api-client';

/** What the server announces when one of the organization's processes (a payment, …) changes. */
export interface ProcessChange {
  readonly processId: string;
  readonly processType: ProcessType;
  readonly organizationId: string;
  readonly status: string;
  readonly seq: number;
}

/** The server-sent event stream of process changes. */
export const PROCESS_EVENTS_URL = `${API_BASE_PATH}/processes/events`;

/** Opens an EventSource; tests (jsdom has none) provide a fake. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () => (url) => new EventSource(url),
});

/**
 * One server-sent event stream per logged-in page, shared by every list and detail that shows
 * processes of any kind: each refetches what a change concerns. EventSource reconnects by itself (the server
 * ends each stream after a minute so a finished session closes its streams), so this only opens
 * and closes it.
 */
@Injectable({ providedIn: 'root' })
export class ProcessEvents {
  private readonly open = inject(EVENT_SOURCE_FACTORY);
  private readonly subject = new Subject<ProcessChange>();
  private source: EventSource | undefined;

  readonly changes = this.subject.asObservable();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  connect(): void {
    if (this.source) return;
    const source = this.open(PROCESS_EVENTS_URL);
    source.addEventListener('process', (event) => {
      const change = parseChange((event as MessageEvent<string>).data);
      if (change) this.subject.next(change);
    });
    this.source = source;
  }

  disconnect(): void {
    this.source?.close();
    this.source = undefined;
  }
}

function parseChange(data: string): ProcessChange | undefined {
  try {
    const value = JSON.parse(data) as Partial<ProcessChange>;
    return typeof value.processId === 'string' &&
      typeof value.processType === 'string' &&
      typeof value.status === 'string'
      ? (value as ProcessChange)
      : undefined;
  } catch {
    return undefined;
  }
}
