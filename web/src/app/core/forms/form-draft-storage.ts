/** Where kept forms live: `qoltanba.draft.<user id>.<form>` in the device's local storage. */
export const DRAFT_PREFIX = 'qoltanba.draft.';

/** Forgets every form kept for this user on this device (at log-out). */
export function forgetDraftsOf(document: Document, userId: string): void {
  const storage = storageOf(document);
  if (!storage) return;
  const mine = `${DRAFT_PREFIX}${userId}.`;
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
  for (const key of keys) if (key?.startsWith(mine)) storage.removeItem(key);
}

export function storageOf(document: Document): Storage | undefined {
  try {
    return document.defaultView?.localStorage;
  } catch {
    return undefined;
  }
}
