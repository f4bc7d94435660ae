import type { BenchClient } from '@qoltanba/testing/load/bench-organization';

/** Who calls: a client user (in the Standard channel) or a member of the bank's staff by role. */
export type Caller = { userId: string } | { staffRole: string };

export const OPERATOR: Caller = { staffRole: 'OPERATOR' };

/** What the API answers about a document, as far as the benchmark needs it. */
export interface CreatedDocument {
  id: string;
  contentHash: string;
}

/**
 * The API through plain fetch with the identity headers it honours under NODE_ENV=test; a refusal
 * throws, so a benchmark never measures errors as if they were answers.
 */
export class BenchApi {
  constructor(private readonly apiUrl: string) {}

  get(path: string, caller: Caller): Promise<unknown> {
    return this.call('GET', path, caller);
  }

  post(path: string, caller: Caller, body?: unknown): Promise<unknown> {
    return this.call('POST', path, caller, body);
  }

  /** "Save and send for signature": the document is created already awaiting signatures. */
  async createSubmitted(setup: BenchClient): Promise<CreatedDocument> {
    const created = (await this.post(
      '/documents?submit=true',
      setup.first,
      setup.payment(),
    )) as CreatedDocument;
    return { id: created.id, contentHash: created.contentHash };
  }

  sign(document: CreatedDocument, signer: { userId: string }): Promise<unknown> {
    return this.post(`/documents/${document.id}/signatures`, signer, {
      contentHash: document.contentHash,
      evidence: { kind: 'DEV' },
    });
  }

  private async call(method: string, path: string, caller: Caller, body?: unknown): Promise<unknown> {
    const identity: Record<string, string> =
      'userId' in caller
        ? { 'x-dev-user-id': caller.userId, 'x-dev-channel': 'STANDARD' }
        : { 'x-dev-staff-role': caller.staffRole };
    const response = await fetch(`${this.apiUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...identity },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }
}
