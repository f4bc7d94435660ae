import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { opsError } from '../staff-errors';
import { OpsApi, type OpsProcessDetail, type OpsRequest, type ProcessType } from './ops-api';

/** What an operator may do to an open process, each with a reason. */
export type ProcessActionKind = 'CANCEL_PROCESS' | 'MARK_BROKEN' | 'TERMINATE_PROCESS';

/**
 * The kinds of process operators may cancel, each by its own rule (the API's list; it also refuses
 * a payment already on its way to the bank, and says so).
 */
const CANCELLABLE: readonly ProcessType[] = ['payment', 'token-registration', 'token-reissue'];

/**
 * An operator's dangerous actions on an open process: cancel it (by its own rules), mark it broken
 * and, once marked, terminate it. Cancel and terminate are requests a second operator checks;
 * marking is the operator's alone and answers the process as it is then.
 */
@Component({
  selector: 'qb-process-actions',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './process-actions.component.html',
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .action-form {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessActionsComponent {
  private readonly api = inject(OpsApi);
  readonly process = input.required<OpsProcessDetail>();
  /** The process as it is after an action of the operator's alone (marked broken). */
  readonly changed = output<OpsProcessDetail>();

  protected readonly action = signal<ProcessActionKind | undefined>(undefined);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly marked = signal(false);
  /** The request just made, waiting for a second operator. */
  protected readonly requested = signal<OpsRequest | undefined>(undefined);
  protected readonly cancellable = computed(() => CANCELLABLE.includes(this.process().type));

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected open(action: ProcessActionKind): void {
    this.action.set(action);
    this.reason.set('');
    this.reasonMissing.set(false);
    this.errorKey.set(undefined);
    this.marked.set(false);
    this.requested.set(undefined);
  }

  protected close(): void {
    this.action.set(undefined);
    this.errorKey.set(undefined);
  }

  protected async confirm(): Promise<void> {
    const action = this.action();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason.length < 3);
    if (!action || this.reasonMissing() || this.busy()) return;
    const id = this.process().id;
    this.busy.set(true);
    this.errorKey.set(undefined);
    try {
      if (action === 'MARK_BROKEN') {
        this.changed.emit(await firstValueFrom(this.api.markBroken(id, reason)));
        this.marked.set(true);
      } else {
        this.requested.set(await firstValueFrom(this.api.requestAction(action, id, reason)));
      }
      this.action.set(undefined);
      this.reason.set('');
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
