import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { LocalDatePipe, LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { opsError } from '../staff-errors';
import { ClockTimePipe } from './clock-time.pipe';
import { OpsApi, type OpsProcessDetail, type OpsTimelineEntry } from './ops-api';
import { PendingActivitiesComponent } from './pending-activities.component';
import { ProcessActionsComponent } from './process-actions.component';
import { ProcessStatusComponent } from './process-status.component';
import { executionStatusKey, historyKindKey, kindKey, timelineEventKey } from './process-words';

/**
 * One process as operators see it: what and whose it is, who must act, its timeline from the read
 * model (operators' actions marked), and what Temporal is doing — the steps pending and the history
 * in words — with a link to the Temporal UI. An operator may try its failing steps again now, ask to
 * cancel it, mark it broken and ask to terminate it, saying why each time; an auditor only reads.
 */
@Component({
  selector: 'qb-process-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    LocalDateTimePipe,
    ClockTimePipe,
    PendingActivitiesComponent,
    ProcessActionsComponent,
    ProcessStatusComponent,
  ],
  templateUrl: './process-page.component.html',
  styleUrl: './process-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProcessPageComponent {
  private readonly api = inject(OpsApi);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();

  protected readonly process = signal<OpsProcessDetail | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly notice = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  /** Only operators act; auditors see no action at all. */
  protected readonly mayAct = computed(() => this.session.staff()?.role === 'OPERATOR');
  protected readonly kindWords = computed(() => {
    const process = this.process();
    return process ? kindKey(process.type, process.kind) : undefined;
  });
  protected readonly historyKey = historyKindKey;
  protected readonly executionKey = executionStatusKey;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected eventKey(process: OpsProcessDetail, entry: OpsTimelineEntry): string | undefined {
    return timelineEventKey(process.type, entry.source, entry.event);
  }

  /** Who acted, when the entry says (a signer's or a manager's name); an operator's id otherwise. */
  protected actorOf(entry: OpsTimelineEntry): string | undefined {
    const actor = entry.actor as Record<string, unknown> | undefined;
    const name = actor?.['name'];
    if (typeof name === 'string') return name;
    return undefined;
  }

  /** Who marked the process broken: their name from the timeline's entry, else their id. */
  protected brokenBy(process: OpsProcessDetail): string {
    const marking = process.timeline.findLast(
      (entry) => entry.source === 'OPERATOR' && entry.event === 'OPS_PROCESS_MARKED_BROKEN',
    );
    return (marking && this.actorOf(marking)) ?? process.broken?.staffId ?? '';
  }

  /** The reason an operator gave for their action. */
  protected reasonOf(entry: OpsTimelineEntry): string | undefined {
    const reason = (entry.details as Record<string, unknown> | undefined)?.['reason'];
    return typeof reason === 'string' ? reason : undefined;
  }

  protected async retry(): Promise<void> {
    const process = this.process();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason.length < 3);
    if (!process || this.reasonMissing() || this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    this.notice.set(undefined);
    try {
      this.process.set(await firstValueFrom(this.api.retry(process.id, reason)));
      this.reason.set('');
      this.notice.set('staff.ops.process.retried');
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    } finally {
      this.busy.set(false);
    }
  }

  /** The process as an operator's action left it (marked broken). */
  protected replaced(process: OpsProcessDetail): void {
    this.notice.set(undefined);
    this.process.set(process);
  }

  protected async refresh(): Promise<void> {
    this.notice.set(undefined);
    await this.load(this.id());
  }

  private async load(id: string): Promise<void> {
    this.errorKey.set(undefined);
    // Another process: nothing of the last one stays on screen meanwhile.
    if (this.process()?.id !== id) this.process.set(undefined);
    try {
      this.process.set(await firstValueFrom(this.api.process(id)));
    } catch (error) {
      this.errorKey.set(opsError(error).key);
    }
  }
}
