import {
  allHandlersFinished,
  CancellationScope,
  condition,
  isCancellation,
  upsertSearchAttributes,
} from '@temporalio/workflow';
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
  private projected = false;

  constructor(private readonly options: ProcessRuntimeOptions<State>) {
    this.current = options.initial;
  }

  get state(): State {
    return this.current;
  }

  /**
   * Answers the state once one is in the read model and `settled` holds: creation (update-with-start)
   * waits for it. Usually that is the first state; it is the cancelled one when a cancellation came
   * with the start, which is why this wait is not cancelled with the workflow.
   */
  whenProjected(settled: (state: State) => boolean = () => true): Promise<State> {
    return CancellationScope.nonCancellable(async () => {
      await condition(() => this.projected && settled(this.current));
      return this.current;
    });
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

  /** Records the first state; call once (or through `run`). */
  async create(): Promise<State> {
    await this.record(this.current, undefined);
    return this.current;
  }

  /**
   * Records the first state and runs the process's `life` to its end. Cancelled from outside (an
   * operator in Temporal's console, a cancelled parent), even in the same task as its start, the
   * process ends by `cancelled` — its own final status, projected — never as a bare cancelled
   * workflow whose read model still shows it open. Answers once every running handler has.
   */
  async run(life: () => Promise<void>, cancelled: () => Promise<State>): Promise<State> {
    try {
      await this.create();
      await life();
    } catch (error) {
      if (!isCancellation(error)) throw error;
      await CancellationScope.nonCancellable(() => this.exclusive(cancelled));
    }
    // Outside the (possibly cancelled) root scope, which would refuse any further wait.
    await CancellationScope.nonCancellable(() => condition(allHandlersFinished));
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
    this.projected = true;
  }

  private showInVisibility(state: State): void {
    upsertSearchAttributes(processSearchAttributes(this.options.visibility(state)));
  }
}
