/**
 * One operation at a time per token. PKCS#11 login state belongs to the whole application, not to a
 * session: while one request is logged in, another request's session on the same token would act
 * as the logged-in user, and its logout would cut the first one off. Waiting for a PIN happens
 * outside the lock, so a prompt left open blocks nobody.
 */
export class SlotLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(slotId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(slotId) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(slotId, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(slotId) === tail) this.tails.delete(slotId);
    }
  }
}
