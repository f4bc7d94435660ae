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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { IbanPipe, LocalDatePipe, LocalDateTimePipe } from '../../core/i18n/format.pipes';
import { type ApprovalLine, OtpApprovalComponent } from '../../core/otp/otp-approval.component';
import { AwaitingComponent } from '../../core/process/awaiting.component';
import { StatusBadgeComponent } from '../../core/process/status-badge.component';
import { EdsSigning } from '../../core/signer/eds-signing';
import { openPinWindow } from '../../core/signer/pin-window';
import { SigningAgent } from '../../core/signer/signing-agent';
import { bankRefusal } from '../../core/process/bank-refusal';
import { BANK_NOTES } from '../application';
import { NO_APPLICATION_ACTIONS, applicationActions } from '../application-actions';
import { applicationErrorKey } from '../application-errors';
import { ApplicationsApi } from '../applications-api';
import { DecimalPipe, MoneyPipe, formatMoney } from '../money';
import { ApplicationDetailStore } from './application-detail.store';
import { contentRows } from './content-rows';
import { LanguageService } from '../../core/i18n/language.service';

/** What the last action said, and on which application's page (the page is reused across ids). */
type Message = { readonly key: string; readonly error: boolean; readonly applicationId: string };
/** The reason form open: a signer's rejection, or a request to the bank to cancel. */
type ReasonForm = 'reject' | 'cancel' | undefined;

/**
 * One application: its content in words, status and what it awaits, signatures, history, the
 * bank's answer or refusal, its cancellation (either way), and only the actions this user may take
 * now. Updates itself when the workflow moves.
 */
@Component({
  selector: 'qb-application-detail-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    IbanPipe,
    LocalDatePipe,
    LocalDateTimePipe,
    MoneyPipe,
    DecimalPipe,
    StatusBadgeComponent,
    AwaitingComponent,
    OtpApprovalComponent,
  ],
  providers: [ApplicationDetailStore],
  templateUrl: './application-detail-page.component.html',
  styleUrl: './application-detail-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApplicationDetailPageComponent {
  private readonly session = inject(SessionStore);
  private readonly edsSigning = inject(EdsSigning);
  private readonly router = inject(Router);
  private readonly dom = inject(DOCUMENT);
  private readonly language = inject(LanguageService).language;
  protected readonly applications = inject(ApplicationsApi);
  protected readonly store = inject(ApplicationDetailStore);
  protected readonly agent = inject(SigningAgent);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly application = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.application : undefined;
  });
  protected readonly timeline = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.timeline : [];
  });
  protected readonly actions = computed(() => {
    const application = this.application();
    return application ? applicationActions(application, this.session.client()) : NO_APPLICATION_ACTIONS;
  });
  protected readonly rows = computed(() => {
    const application = this.application();
    return application ? contentRows(application.content) : [];
  });
  /** The letter's files, each with its download address. */
  protected readonly attachments = computed(() => {
    const content = this.application()?.content;
    return content?.kind === 'LETTER' ? content.attachments : [];
  });
  /** What a cancellation cancels. */
  protected readonly cancels = computed(() => {
    const content = this.application()?.content;
    return content?.kind === 'CANCELLATION' ? content : undefined;
  });
  /** The bank's note in words when it is one of its codes, else as the bank wrote it. */
  protected readonly bankNote = computed(() => {
    const note = this.application()?.bank.result?.note;
    if (!note) return undefined;
    return (BANK_NOTES as readonly string[]).includes(note) ? { key: `bankNote.${note}` } : { text: note };
  });
  protected readonly bankReasonKey = computed(() => {
    const reason = this.application()?.bank.reason;
    if (!reason) return undefined;
    return bankRefusal(reason);
  });
  /** What the OTP code approves, in words: the kind, the number and the amount if it has one. */
  protected readonly approvalSummary = computed((): readonly ApprovalLine[] => {
    const application = this.application();
    if (!application) return [];
    const amount = this.rows().find((row) => row.money)?.money;
    return [
      { label: 'applicationDetail.number', value: application.number },
      ...(amount ? [{ label: 'applicationFields.amount', value: formatMoney(amount, this.language()) }] : []),
    ];
  });

  protected readonly approving = signal(false);
  protected readonly reasonForm = signal<ReasonForm>(undefined);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<Message | undefined>(undefined);
  /**
   * The message on the page of the application it is about only: after approving a cancellation,
   * its link to the cancelled application must not carry "approved" over to that one.
   */
  protected readonly shownMessage = computed(() => {
    const message = this.message();
    return message?.applicationId === this.id() ? message : undefined;
  });

  constructor() {
    effect(() => {
      this.store.load(this.id());
      this.approving.set(false);
      this.reasonForm.set(undefined);
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected openReason(form: ReasonForm): void {
    this.reason.set('');
    this.reasonMissing.set(false);
    this.reasonForm.set(form);
  }

  protected fileUrl(fileId: string): string {
    return this.applications.fileUrl(this.id(), fileId);
  }

  protected onApproved(application: Parameters<ApplicationDetailStore['update']>[0]): void {
    this.approving.set(false);
    this.message.set({ key: 'applicationDetail.approved', error: false, applicationId: this.id() });
    this.store.update(application);
  }

  protected async signWithEds(): Promise<void> {
    if (this.busy()) return;
    // Opened now, inside the click: the agent asks for the PIN only later, when pop-ups are blocked.
    const pin = openPinWindow(this.dom.defaultView);
    await this.run(async () => {
      const [outcome] = await this.edsSigning.sign(this.applications, [this.id()], pin);
      if (!outcome?.signed) throw new DisplayedError(outcome?.errorKey ?? 'common.errors.unexpected');
      this.store.reload();
      return 'applicationDetail.signed';
    });
  }

  protected async submit(): Promise<void> {
    await this.run(async () => {
      this.store.update(await firstValueFrom(this.applications.submit(this.id())));
      return 'applicationDetail.submitted';
    });
  }

  protected async withdraw(): Promise<void> {
    await this.run(async () => {
      this.store.update(await firstValueFrom(this.applications.withdraw(this.id())));
      return 'applicationDetail.withdrawn';
    });
  }

  /** Rejects it, or asks the bank to cancel it and opens the new cancellation to be signed. */
  protected async sendReason(event: Event): Promise<void> {
    event.preventDefault();
    const form = this.reasonForm();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason === '');
    if (!reason || !form) return;
    await this.run(async () => {
      if (form === 'reject') {
        this.store.update(await firstValueFrom(this.applications.reject(this.id(), reason)));
        this.reasonForm.set(undefined);
        return 'applicationDetail.rejected';
      }
      const cancellation = await firstValueFrom(this.applications.cancel(this.id(), reason));
      this.reasonForm.set(undefined);
      await this.router.navigate(['/applications', cancellation.id]);
      return 'applicationDetail.cancellationCreated';
    });
  }

  private async run(action: () => Promise<string>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(undefined);
    try {
      const key = await action();
      // A cancellation's page is open by now: its message is about it.
      this.message.set({ key, error: false, applicationId: this.id() });
    } catch (error) {
      this.message.set({
        key: error instanceof DisplayedError ? error.key : applicationErrorKey(error),
        error: true,
        applicationId: this.id(),
      });
      // Refused: what is on screen may be out of date (a successful action refreshes through update).
      this.store.reload();
    } finally {
      this.busy.set(false);
    }
  }
}

/** A failure already turned into a message key (a signing outcome). */
class DisplayedError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}
