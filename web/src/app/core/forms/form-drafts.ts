import { DOCUMENT, Injectable, inject } from '@angular/core';
import { SessionStore } from '../auth/session.store';
import { DRAFT_PREFIX as PREFIX, forgetDraftsSavedBefore, storageOf } from './form-draft-storage';

/** A draft older than a working day is stale: the form starts afresh. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface StoredDraft {
  readonly savedAt: number;
  readonly value: unknown;
}

/**
 * Half-filled forms kept on this device for the user who typed them, so a session that ended for
 * want of activity loses nothing: after logging in again the form comes back as it was. Only form
 * values are kept (never a PIN, password or code); log-out forgets them (forgetDraftsOf), and those
 * past their day go the first time the app touches the user's forms.
 */
@Injectable({ providedIn: 'root' })
export class FormDrafts {
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  private readonly swept = new Set<string>();

  save(form: string, value: unknown): void {
    const key = this.keyOf(form);
    if (!key) return;
    try {
      this.storage()?.setItem(key, JSON.stringify({ savedAt: Date.now(), value } satisfies StoredDraft));
    } catch {
      // A full or disabled storage only means the form is not kept.
    }
  }

  /** The user's unsaved values of this form, if any are kept and fresh. */
  restore<T>(form: string): T | undefined {
    const key = this.keyOf(form);
    const text = key ? this.storage()?.getItem(key) : undefined;
    if (!text) return undefined;
    try {
      const draft = JSON.parse(text) as StoredDraft;
      if (Date.now() - draft.savedAt <= MAX_AGE_MS) return draft.value as T;
    } catch {
      // Unreadable: dropped below.
    }
    this.discard(form);
    return undefined;
  }

  /** The form was saved (or deliberately left): nothing to restore any more. */
  discard(form: string): void {
    const key = this.keyOf(form);
    if (key) this.storage()?.removeItem(key);
  }

  private keyOf(form: string): string | undefined {
    const userId = this.session.client()?.userId ?? this.session.staff()?.staffId;
    if (!userId) return undefined;
    this.sweepOnce(userId);
    return `${PREFIX}${userId}.${form}`;
  }

  /** The first time this app touches a user's forms, it forgets those past their day. */
  private sweepOnce(userId: string): void {
    if (this.swept.has(userId)) return;
    this.swept.add(userId);
    forgetDraftsSavedBefore(this.document, userId, Date.now() - MAX_AGE_MS);
  }

  private storage(): Storage | undefined {
    return storageOf(this.document);
  }
}
