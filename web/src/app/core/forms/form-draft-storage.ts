/** Where kept forms live: `qoltanba.draft.<user id>.<form>` in the device's local storage. */
export const DRAFT_PREFIX = 'qoltanba.draft.';

/** Forgets every form kept for this user on this device (at log-out). */
export function forgetDraftsOf(document: Document, userId: string): void {
  forgetDraftsWhere(document, userId, () => true);
}

/**
 * Forgets this user's forms kept before `since` (epoch ms), or unreadable: those nobody will open
 * again, such as an edit typed over a revision someone has since replaced, are not kept for ever.
 */
export function forgetDraftsSavedBefore(document: Document, userId: string, since: number): void {
  forgetDraftsWhere(document, userId, (text) => {
    try {
      const { savedAt } = JSON.parse(text) as { savedAt?: unknown };
      return !(typeof savedAt === 'number' && savedAt >= since);
    } catch {
      return true;
    }
  });
}

function forgetDraftsWhere(document: Document, userId: string, forget: (text: string) => boolean): void {
  const storage = storageOf(document);
  if (!storage) return;
  const mine = `${DRAFT_PREFIX}${userId}.`;
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
  for (const key of keys) {
    if (key?.startsWith(mine) && forget(storage.getItem(key) ?? '')) storage.removeItem(key);
  }
}

export function storageOf(document: Document): Storage | undefined {
  try {
    return document.defaultView?.localStorage;
  } catch {
    return undefined;
  }
}
