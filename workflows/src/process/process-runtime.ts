import { condition, upsertSearchAttributes } from '@temporalio/workflow';
import { processSearchAttributes, type ProcessVisibility } from './process-search-attributes.js';
import { asUpdateFailure } from './update-failure.js';

export interface ProcessRuntimeOptions<State> {
  initial: State;
  /** What Temporal's visibility shows for a state (upserted on every commit). */
  visibility: (state: State) => ProcessVisibility;
  /** Writes the transition to the read model (a local activity); `previous` is undefined at creation. */
  project: (next: State, previous: State | undefined) => Promise<void>;
}

/**
 * The seams every process workflow shares: its current state, a lock so that handlers run one at a
 * time (each reads the state, may await activities, then writes it), and a `commit` that makes a
 * transition visible — search attributes and read model — before the handler answers, so lists
 * agree with what the caller just saw.
 */
export class ProcessRuntime<State> {
  private current: State;
  private busy = false;
  private created = false;

  constructor(private readonly options: ProcessRuntimeOptions<State>) {
    this.current = options.initial;
  }

  get state(): State {
    return this.current;
  }

  /** Whether the first state is in the read model: creation (update-with-start) waits for it. */
  get projected(): boolean {
    return this.created;
  }

  /** Runs `work` alone; a domain refusal or an activity's typed refusal becomes an update failure. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    await condition(() => !this.busy);
    this.busy = true;
    try {
      return await work();
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      this.busy = false;
    }
  }

  /** Records the first state; call once, before serving the updates that wait for `projected`. */
  async create(): Promise<State> {
    await this.record(this.current, undefined);
    this.created = true;
    return this.current;
  }

  async commit(next: State): Promise<State> {
    const previous = this.current;
    this.current = next;
    await this.record(next, previous);
    return next;
  }

  /**
   * A transition the activity that checked it has projected already (one round trip for both):
   * made current and shown in Temporal's visibility, not projected again.
   */
  commitProjected(next: State): State {
    this.current = next;
    this.showInVisibility(next);
    return next;
  }

  private async record(next: State, previous: State | undefined): Promise<void> {
    this.showInVisibility(next);
    await this.options.project(next, previous);
  }

  private showInVisibility(state: State): void {
    upsertSearchAttributes(processSearchAttributes(this.options.visibility(state)));
  }
}
