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
import { type Observable, firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { ChangeStatusComponent } from '../changes/change-status.component';
import { OPS_ERROR_CODES, STAFF_ERROR_CODES, opsError } from '../staff-errors';
import { OpsApi, type OpsProcessDetail, type OpsRequest } from './ops-api';
import { ProcessStatusComponent } from './process-status.component';

/**
 * One operator's request to cancel or terminate a process: the process it concerns, what it would
 * change and why, who asked, and its history. Another operator approves it as seen (applied at once)
 * or rejects it with a reason; its maker may withdraw it; an auditor only reads.
 */
@Component({
  selector: 'qb-request-page',
  imports: [RouterLink, TranslocoPipe, LocalDateTimePipe, ChangeStatusComponent, ProcessStatusComponent],
  templateUrl: './request-page.component.html',
  styleUrl: './request-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestPageComponent {
  private readonly api = inject(OpsApi);
  private readonly session = inject(SessionStore);
  readonly id = input.required<string>();

  protected readonly request = signal<OpsRequest | undefined>(undefined);
  /** The process the request concerns, as it is now (for its kind, and its status in words). */
  protected readonly process = signal<OpsProcessDetail | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly notice = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly rejecting = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);

  protected readonly pending = computed(() => this.request()?.status === 'PENDING_CHECK');
  protected readonly own = computed(() => this.request()?.maker.staffId === this.session.staff()?.staffId);
  /** Only operators act: an auditor reads, whatever the request says of checking it. */
  protected readonly operator = computed(() => this.session.staff()?.role === 'OPERATOR');
  protected readonly processId = computed(() => stringIn(this.request()?.change, 'processId'));
  protected readonly givenReason = computed(() => stringIn(this.request()?.change, 'reason'));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  /** A failure's code in words where the console or the staff pages have them. */
  protected failureKey(code: string): string | undefined {
    if ((OPS_ERROR_CODES as readonly string[]).includes(code)) return `staff.ops.errors.${code}`;
    if ((STAFF_ERROR_CODES as readonly string[]).includes(code)) return `staff.errors.${code}`;
    return undefined;
  }

  protected detailReason(details: Record<string, unknown> | undefined): string | undefined {
    return stringIn(details, 'reason');
  }

  protected async approve(): Promise<void> {
    const request = this.request();
    if (request)
      await this.act(this.api.approve(request.id, request.reviewToken), 'staff.ops.request.approved');
  }

  protected async reject(): Promise<void> {
    const request = this.request();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason.length < 3);
    if (!request || this.reasonMissing()) return;
    await this.act(this.api.reject(request.id, reason), 'staff.ops.request.rejected');
    if (!this.pending()) this.rejecting.set(false);
  }

  protected async withdraw(): Promise<void> {
    const request = this.request();
    if (request) await this.act(this.api.withdraw(request.id), 'staff.ops.request.withdrawn');
  }

  private async act(call: Observable<OpsRequest>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    this.notice.set(undefined);
    try {
      this.request.set(await firstValueFrom(call));
      this.notice.set(done);
      await this.loadProcess();
    } catch (error) {
      this.errorKey.set(opsError(error).key);
      // Decided or changed meanwhile: shown as it is now.
      await this.load(this.id(), true);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string, keepError = false): Promise<void> {
    if (!keepError) this.errorKey.set(undefined);
    if (this.request()?.id !== id) {
      this.request.set(undefined);
      this.process.set(undefined);
    }
    try {
      this.request.set(await firstValueFrom(this.api.request(id)));
    } catch (error) {
      this.errorKey.set(opsError(error).key);
      return;
    }
    await this.loadProcess();
  }

  /** The process as it is now; without it the page still says the request, with codes for words. */
  private async loadProcess(): Promise<void> {
    const processId = this.processId();
    if (!processId) return;
    try {
      this.process.set(await firstValueFrom(this.api.process(processId)));
    } catch {
      this.process.set(undefined);
    }
  }
}

function stringIn(object: Record<string, unknown> | null | undefined, name: string): string | undefined {
  const value = object?.[name];
  return typeof value === 'string' ? value : undefined;
}
