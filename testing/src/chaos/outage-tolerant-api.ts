import { setTimeout as delay } from 'node:timers/promises';

/** What every answer of a run looked like: the fault run's "errors by status". */
export interface AnswerTally {
  /** HTTP status → how many answers had it; 0 counts requests that got no answer at all. */
  byStatus: Record<number, number>;
  /** Answers the platform must never give during an outage: a 5xx other than 503, a 503 with no Retry-After. */
  faults: string[];
}

export interface ApiCall {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * Answers that end the call as done, besides 2xx: e.g. a sign repeated after an outage whose
   * first try went through is refused as a repeat. `retried` says whether this was a repeat.
   */
  alsoDone?: (status: number, body: Record<string, unknown>, retried: boolean) => boolean;
}

/**
 * A client of the platform's API as a careful caller is: a 503 (the platform's outage answer) or no
 * answer at all is retried after the Retry-After it names, until the deadline; every answer is
 * tallied. Only requests safe to repeat go through it: reads, and writes keyed by an
 * Idempotency-Key or refused as a repeat by the document itself.
 */
export class OutageTolerantApi {
  readonly tally: AnswerTally = { byStatus: {}, faults: [] };

  constructor(
    private readonly baseUrl: string,
    private readonly deadlineMs = 180_000,
  ) {}

  async call(call: ApiCall): Promise<Record<string, unknown>> {
    const giveUpAt = Date.now() + this.deadlineMs;
    for (let attempt = 1; ; attempt++) {
      const answer = await this.once(call, attempt > 1);
      if (answer.done) return answer.body;
      if (Date.now() > giveUpAt)
        throw new Error(`${call.method} ${call.path}: still ${answer.status} after ${attempt} tries`);
      await delay(answer.retryAfterMs);
    }
  }

  private async once(
    call: ApiCall,
    retried: boolean,
  ): Promise<
    { done: true; body: Record<string, unknown> } | { done: false; status: number; retryAfterMs: number }
  > {
    const response = await fetch(`${this.baseUrl}/api${call.path}`, {
      method: call.method,
      headers: { 'content-type': 'application/json', ...call.headers },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(30_000),
    }).catch(() => undefined);
    const status = response?.status ?? 0;
    this.count(status);
    if (!response) return { done: false, status, retryAfterMs: 500 };
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok || call.alsoDone?.(status, body, retried)) return { done: true, body };
    if (status === 503) {
      const retryAfter = Number(response.headers.get('retry-after'));
      if (!(retryAfter > 0)) this.fault(`${call.method} ${call.path}: 503 without Retry-After`);
      return { done: false, status, retryAfterMs: Math.min(retryAfter > 0 ? retryAfter * 1000 : 1000, 5000) };
    }
    if (status >= 500) {
      // Never acceptable, but the call is safe to repeat: the run goes on and the verdict says it.
      this.fault(`${call.method} ${call.path}: ${status} ${JSON.stringify(body)}`);
      return { done: false, status, retryAfterMs: 1000 };
    }
    throw new Error(`${call.method} ${call.path}: ${status} ${JSON.stringify(body)}`);
  }

  private count(status: number): void {
    this.tally.byStatus[status] = (this.tally.byStatus[status] ?? 0) + 1;
  }

  private fault(what: string): void {
    if (this.tally.faults.length < 50) this.tally.faults.push(what);
  }
}
