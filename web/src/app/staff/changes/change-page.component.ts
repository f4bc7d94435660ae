import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { type ChangeRequest, type Handover, StaffApi } from '../staff-api';
import { staffError } from '../staff-errors';
import { AmendFormComponent } from './amend-form.component';
import { amendFieldsOf } from './amend-fields';
import { ChangeStatusComponent } from './change-status.component';
import { differenceLabel, differenceValueKeys } from './difference-label';
import { HandoverComponent } from './handover.component';

/**
 * One change request: the exact difference it makes to the client now, and for a manager other than
 * its maker, approve (applied at once, as seen) or reject with a reason. Its maker may correct it
 * (a new revision to check) or withdraw it, and once it is applied prints what the client is handed
 * (each envelope once).
 */
@Component({
  selector: 'qb-change-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    LocalDateTimePipe,
    AmendFormComponent,
    ChangeStatusComponent,
    HandoverComponent,
  ],
  templateUrl: './change-page.component.html',
  styleUrl: './change-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePageComponent {
  private readonly api = inject(StaffApi);
  private readonly document = inject(DOCUMENT);
  readonly id = input.required<string>();

  protected readonly request = signal<ChangeRequest | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly notice = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly rejecting = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly opened = signal<Handover | undefined>(undefined);
  protected readonly label = differenceLabel;
  protected readonly valueKeys = differenceValueKeys;
  protected readonly own = computed(() => {
    const request = this.request();
    return request !== undefined && request.status === 'PENDING_CHECK' && !request.mayCheck;
  });
  /** Its maker's own pending request, of a type with something to correct. */
  protected readonly mayAmend = computed(() => {
    const request = this.request();
    return this.own() && request !== undefined && amendFieldsOf(request.type).length > 0;
  });
  protected readonly amending = signal(false);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected async approve(): Promise<void> {
    const request = this.request();
    if (!request) return;
    await this.act(() => this.api.approve(request.id, request.reviewToken), 'staff.change.approved');
  }

  protected async reject(): Promise<void> {
    const request = this.request();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason.length < 3);
    if (!request || this.reasonMissing()) return;
    await this.act(() => this.api.reject(request.id, reason), 'staff.change.rejected');
    if (this.request()?.status === 'REJECTED') this.rejecting.set(false);
  }

  protected startAmending(): void {
    this.notice.set(undefined);
    this.errorKey.set(undefined);
    this.amending.set(true);
  }

  protected amended(request: ChangeRequest): void {
    this.amending.set(false);
    this.request.set(request);
    this.notice.set('staff.amend.saved');
  }

  /** Decided or corrected meanwhile: said, and shown as it is now. */
  protected async outdated(key: string): Promise<void> {
    this.amending.set(false);
    this.errorKey.set(key);
    await this.load(this.id(), true);
  }

  protected async withdraw(): Promise<void> {
    const request = this.request();
    if (request) await this.act(() => this.api.withdraw(request.id), 'staff.change.withdrawn');
  }

  protected async openEnvelope(name: string): Promise<void> {
    const request = this.request();
    if (!request || this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    try {
      this.opened.set(await firstValueFrom(this.api.envelope(request.id, name)));
      await this.load(request.id);
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    } finally {
      this.busy.set(false);
    }
  }

  /** What an envelope holds, by its name: a new user's (`user-0`), a device, a log-in, a PIN envelope. */
  protected envelopeKind(name: string): 'user' | 'device' | 'credentials' | 'registration' {
    if (name.startsWith('user-')) return 'user';
    return name === 'envelope' ? 'registration' : (name as 'device' | 'credentials');
  }

  /** A new user's envelope and a PIN envelope print as PDF; the others are opened and printed from the page. */
  protected printable(name: string): boolean {
    return name.startsWith('user-') || name === 'envelope';
  }

  protected async printPdf(name: string): Promise<void> {
    const request = this.request();
    if (!request || this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    try {
      const pdf = await firstValueFrom(this.api.envelopePdf(request.id, name));
      const link = this.document.createElement('a');
      link.href = URL.createObjectURL(pdf);
      link.download = `pin-envelope-${name}.pdf`;
      link.click();
      URL.revokeObjectURL(link.href);
      await this.load(request.id);
    } catch (error) {
      // A PDF refusal arrives as a Blob: its JSON is read for the code.
      this.errorKey.set(staffError(await readBlobError(error)).key);
    } finally {
      this.busy.set(false);
    }
  }

  private async act(call: () => ReturnType<StaffApi['approve']>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    this.notice.set(undefined);
    try {
      this.request.set(await firstValueFrom(call()));
      this.notice.set(done);
    } catch (error) {
      const refused = staffError(error);
      this.errorKey.set(refused.key);
      // Changed since it was opened: show the difference as it is now, for a new look.
      if (refused.key === 'staff.errors.CHANGE_REQUEST_CHANGED') await this.load(this.id(), true);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string, keepError = false): Promise<void> {
    if (!keepError) this.errorKey.set(undefined);
    try {
      this.request.set(await firstValueFrom(this.api.changeRequest(id)));
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    }
  }
}

async function readBlobError(error: unknown): Promise<unknown> {
  const body = (error as { error?: unknown }).error;
  if (!(body instanceof Blob)) return error;
  try {
    return Object.assign(error as object, { error: JSON.parse(await body.text()) as unknown });
  } catch {
    return error;
  }
}
