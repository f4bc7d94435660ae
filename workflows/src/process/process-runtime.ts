import {
  allHandlersFinished,
  CancellationScope,
  condition,
  isCancellation,
  log,
  patched,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import { processSearchAttributes, type ProcessVisibility } from './process-search-attributes.js';
import { asUpdateFailure } from './update-failure.js';

/**
 * Runs cancelled from Temporal before processes refused it ended as cancelled workflows; they replay
 * so. Newer ones go on (see `run`).
 */
const CANCELLATION_REFUSED = 'cancellation-from-temporal-refused';
/**
 * A transition whose write a cancellation cut is written again (see `run`). Runs cancelled before
 * ended with their read model one transition behind (a registration COMPLETED shown
 * AWAITING_WRITE), and replay so.
 */
const CUT_WRITE_REDONE = 'cut-transition-written-again';

export interface ProcessRuntimeOptions<State> {
  initial: State;
  /** What Temporal's visibility shows for a state (upserted on every commit). */
  visibility: (state: State) => ProcessVisibility;
  /**
   * Writes the transition to the read model (a local activity); `previous` is undefined at creation.
   * `writtenAt`, the workflow's time in this task, orders the read model's writes before their seq: a
   * task that wrote and was then lost is replaced by a later task's write, whatever its seq.
   */
  project: (next: State, previous: State | undefined, writtenAt: string) => Promise<void>;
  /**
   * A cancellation from Temporal is refused: `run` goes on, and no transition is cut by one. Without
   * it, `run` ends the process by its `cancelled`, and a cancellation cuts what is under way.
   */
  refusesCancellation?: boolean;
  /** The read model holds the process already (a run continued as new): `run` does not create it again. */
  projected?: boolean;
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
  private projected: boolean;
  /** The transition being written (made current, its projection not yet done). */
  private unrecorded?: { next: State; previous: State | undefined };

  constructor(private readonly options: ProcessRuntimeOptions<State>) {
    this.current = options.initial;
    this.projected = options.projected ?? false;
  }

  get state(): State {
    return this.current;
  }

  /**
   * Answers the state once one is in the read model and `settled` holds: creation (update-with-start)
   * waits for it. Usually that is the first state; a cancellation that came with the start cuts its
   * write, and it is answered once `run` has written it again, or already cancelled — which is why
   * this wait is not cancelled with the workflow.
   */
  whenProjected(settled: (state: State) => boolean = () => true): Promise<State> {
    return CancellationScope.nonCancellable(async () => {
      await condition(() => this.projected && settled(this.current));
      return this.current;
    });
  }

  /**
   * Runs `work` alone; a domain refusal or an activity's typed refusal becomes an update failure. In a
   * process that refuses cancellations it is not cancelled with the workflow: a transition is made and
   * projected whole, and an update that comes after the refused cancellation is still answered.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.options.refusesCancellation
      ? CancellationScope.nonCancellable(() => this.alone(work))
      : this.alone(work);
  }

  private async alone<T>(work: () => Promise<T>): Promise<T> {
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

  /**
   * Records the first state (unless `projected`) and runs the process's `life` to its end. Cancelled
   * from outside (an operator in Temporal's console, a cancelled parent), even in the same task as
   * its start:
   * - a process that refuses cancellations goes on: `life` runs again, no longer cancellable, and
   *   resumes from the state it finds; the process stops only by its own rules and people;
   * - any other ends by `cancelled` — its own final status, projected. A transition whose write the
   *   cancellation cut is written again: before `cancelled` (which then finds a DONE standing), or
   *   at the end when it had ended the process, `life` with it (a registration's COMPLETED).
   * Never a bare cancelled workflow, nor a read model that shows the process open or a step behind.
   * Answers once every running handler has.
   */
  async run(life: () => Promise<void>, cancelled?: () => Promise<State>): Promise<State> {
    try {
      await this.recordFirstState();
      await life();
    } catch (error) {
      if (!isCancellation(error)) throw error;
      if (!this.options.refusesCancellation) {
        if (!cancelled) throw error;
        await CancellationScope.nonCancellable(async () => {
          await this.redoCutWrite();
          await this.exclusive(cancelled);
        });
      } else {
        if (!patched(CANCELLATION_REFUSED)) throw error;
        log.warn('Cancellation from Temporal refused: the process goes on until its own rules end it');
        await CancellationScope.nonCancellable(async () => {
          // A cancellation in the same task as the start stops the first projection.
          await this.recordFirstState();
          await life();
        });
      }
    }
    // Outside the (possibly cancelled) root scope, which would refuse any further wait.
    await CancellationScope.nonCancellable(async () => {
      await condition(allHandlersFinished);
      if (this.options.refusesCancellation) return;
      await this.redoCutWrite();
      // An update that came during that write.
      await condition(allHandlersFinished);
    });
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

  /**
   * Writes again the transition whose write a cancellation cut, if any. `run` does it; a process
   * whose older runs did it in their own `cancelled` keeps that call for them.
   */
  async recordCutTransition(): Promise<void> {
    if (this.unrecorded) await this.record(this.unrecorded.next, this.unrecorded.previous);
  }

  /** `recordCutTransition`, in runs that have the patch (CUT_WRITE_REDONE). */
  private async redoCutWrite(): Promise<void> {
    if (this.unrecorded && patched(CUT_WRITE_REDONE)) await this.recordCutTransition();
  }

  /** Records the first state unless the read model holds it already (made, or `projected`). */
  private async recordFirstState(): Promise<void> {
    if (!this.projected) await this.record(this.current, undefined);
  }

  private async record(next: State, previous: State | undefined): Promise<void> {
    this.showInVisibility(next);
    const writing = (this.unrecorded = { next, previous });
    await this.options.project(next, previous, new Date().toISOString());
    if (this.unrecorded === writing) this.unrecorded = undefined;
    this.projected = true;
  }

  private showInVisibility(state: State): void {
    upsertSearchAttributes(processSearchAttributes(this.options.visibility(state)));
  }
}
