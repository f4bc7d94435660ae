import { DestroyRef, Injectable, InjectionToken, inject } from '@angular/core';
import type { DocumentStatus } from '@qoltanba/workflows/domain';
import { Subject } from 'rxjs';
import { API_BASE_PATH } from '../http/api-client';

/** What the server announces when one of the organization's documents changes. */
export interface DocumentChange {
  readonly documentId: string;
  readonly organizationId: string;
  readonly status: DocumentStatus;
  readonly seq: number;
}

/** The server-sent event stream of document changes. */
export const DOCUMENT_EVENTS_URL = `${API_BASE_PATH}/documents/events`;

/** Opens an EventSource; tests (jsdom has none) provide a fake. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () => (url) => new EventSource(url),
});

/**
 * One server-sent event stream per logged-in page, shared by every list and detail that shows
 * documents: each refetches what a change concerns. EventSource reconnects by itself (the server
 * ends each stream after a minute so a finished session closes its streams), so this only opens
 * and closes it.
 */
@Injectable({ providedIn: 'root' })
export class DocumentEvents {
  private readonly open = inject(EVENT_SOURCE_FACTORY);
  private readonly subject = new Subject<DocumentChange>();
  private source: EventSource | undefined;

  readonly changes = this.subject.asObservable();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  connect(): void {
    if (this.source) return;
    const source = this.open(DOCUMENT_EVENTS_URL);
    source.addEventListener('document', (event) => {
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

function parseChange(data: string): DocumentChange | undefined {
  try {
    const value = JSON.parse(data) as Partial<DocumentChange>;
    return typeof value.documentId === 'string' && typeof value.status === 'string'
      ? (value as DocumentChange)
      : undefined;
  } catch {
    return undefined;
  }
}
