import type { FormDrafts } from '../app/core/forms/form-drafts';

/** This device's storage of a logged-in user's unsent forms, as FormDrafts keeps it. */
export class DraftsOnThisDevice implements Pick<FormDrafts, 'save' | 'restore' | 'discard'> {
  private readonly kept = new Map<string, string>();
  save(form: string, value: unknown): void {
    this.kept.set(form, JSON.stringify(value));
  }
  restore<T>(form: string): T | undefined {
    const text = this.kept.get(form);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }
  discard(form: string): void {
    this.kept.delete(form);
  }
}
