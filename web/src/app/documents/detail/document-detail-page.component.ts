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
import { channelAllows, formatTiyn } from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { IbanPipe, LocalDatePipe, LocalDateTimePipe, TengePipe } from '../../core/i18n/format.pipes';
import { LayoutService } from '../../core/layout/layout.service';
import { openPinWindow } from '../../core/signer/pin-window';
import { EdsSigning } from '../../core/signer/eds-signing';
import { SigningAgent } from '../../core/signer/signing-agent';
import { AwaitingComponent } from '../../core/process/awaiting.component';
import { StatusBadgeComponent } from '../../core/process/status-badge.component';
import { BankDirectory } from '../form/bank-directory';
import { templatePaymentOf } from '../templates/payment-prefill';
import { PaymentTemplatesApi } from '../templates/payment-templates-api';
import { apiProblemOf } from '../../core/http/api-error';
import type { DocumentView } from '../document';
import { NO_ACTIONS, availableActions } from '../document-actions';
import { documentErrorKey } from '../document-errors';
import { DocumentsApi } from '../documents-api';
import { DocumentDetailStore } from './document-detail.store';
import { OtpApprovalComponent } from '../../core/otp/otp-approval.component';
import { bankRefusal } from '../../core/process/bank-refusal';

type Message = { readonly key: string; readonly error: boolean };

/**
 * One document: every field, who signed (with the evidence to download), what happened when, and
 * only the actions this user may take now. Updates itself when the workflow moves.
 */
@Component({
  selector: 'qb-document-detail-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    TengePipe,
    IbanPipe,
    LocalDatePipe,
    LocalDateTimePipe,
    StatusBadgeComponent,
    AwaitingComponent,
    OtpApprovalComponent,
  ],
  providers: [DocumentDetailStore],
  templateUrl: './document-detail-page.component.html',
  styleUrl: './document-detail-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentDetailPageComponent {
  private readonly session = inject(SessionStore);
  protected readonly documents = inject(DocumentsApi);
  private readonly edsSigning = inject(EdsSigning);
  private readonly banks = inject(BankDirectory);
  private readonly templates = inject(PaymentTemplatesApi);
  private readonly dom = inject(DOCUMENT);
  protected readonly store = inject(DocumentDetailStore);
  protected readonly agent = inject(SigningAgent);
  protected readonly layout = inject(LayoutService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly document = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.document : undefined;
  });
  protected readonly timeline = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.timeline : [];
  });
  private readonly router = inject(Router);
  protected readonly actions = computed(() => {
    const document = this.document();
    return document ? availableActions(document, this.session.client()) : NO_ACTIONS;
  });
  /** The bank's refusal in words (its code only when the app does not know it). */
  protected readonly bankRefusal = computed(() => {
    const reason = this.document()?.bank.reason;
    return reason ? bankRefusal(reason) : undefined;
  });
  protected tengeOf(tiyn: number): string {
    return formatTiyn(tiyn);
  }

  protected readonly beneficiaryBank = computed(() => {
    const iban = this.document()?.content.beneficiary.iban;
    return iban ? this.banks.bankOf(iban)?.name : undefined;
  });
  protected readonly editable = computed(() => this.actions().edit && !this.layout.isMobile());
  /** Who signed the current revision: an edit makes a new one, and their signatures are lost. */
  protected readonly signersLost = computed(() => {
    const document = this.document();
    if (!document) return [];
    const current = document.signatures.filter((signature) => signature.revision === document.revision);
    return [...new Set(current.map((signature) => signature.signerName))];
  });
  /** A new payment may be made from this one (repeated, or saved as a template) on a desktop. */
  protected readonly copyable = computed(() => {
    const user = this.session.client();
    const kind = this.document()?.content.kind;
    return (
      !!user &&
      user.mayPrepare &&
      channelAllows(user.channel, 'CREATE_TENGE_PAYMENT') &&
      !this.layout.isMobile() &&
      kind !== 'TEMPLATE_TRANSFER'
    );
  });
  protected readonly savingTemplate = signal(false);
  protected readonly templateName = signal('');
  protected readonly templateNameMissing = signal(false);
  protected readonly confirmingEdit = signal(false);

  protected readonly approving = signal(false);
  protected readonly rejecting = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<Message | undefined>(undefined);

  constructor() {
    effect(() => {
      this.store.load(this.id());
      this.approving.set(false);
      this.rejecting.set(false);
      this.confirmingEdit.set(false);
    });
    this.banks.load();
  }

  /** Editing a signed document asks first, naming whose signatures it discards. */
  protected edit(): void {
    if (this.signersLost().length > 0) this.confirmingEdit.set(true);
    else void this.router.navigate(['/documents', this.id(), 'edit']);
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected onApproved(document: DocumentView): void {
    this.approving.set(false);
    this.message.set({ key: 'detail.approved', error: false });
    this.store.update(document);
  }

  protected async signWithEds(): Promise<void> {
    if (this.busy()) return;
    // Opened now, inside the click: the agent asks for the PIN only later, when pop-ups are blocked.
    const pin = openPinWindow(this.dom.defaultView);
    await this.run(async () => {
      const [outcome] = await this.edsSigning.sign(this.documents, [this.id()], pin);
      if (!outcome?.signed) throw new DisplayedError(outcome?.errorKey ?? 'common.errors.unexpected');
      // The agent answered, not the server: the document and its timeline are fetched anew.
      this.store.reload();
      return 'detail.signed';
    });
  }

  protected async submit(): Promise<void> {
    await this.run(async () => {
      this.store.update(await firstValueFrom(this.documents.submit(this.id())));
      return 'detail.submitted';
    });
  }

  protected async withdraw(): Promise<void> {
    await this.run(async () => {
      this.store.update(await firstValueFrom(this.documents.withdraw(this.id())));
      return 'detail.withdrawn';
    });
  }

  protected async reject(event: Event): Promise<void> {
    event.preventDefault();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason === '');
    if (!reason) return;
    await this.run(async () => {
      this.store.update(await firstValueFrom(this.documents.reject(this.id(), reason)));
      this.rejecting.set(false);
      return 'detail.rejected';
    });
  }

  /** Saves this payment, less its number and dates, as a named template of the organization. */
  protected async saveTemplate(event: Event): Promise<void> {
    event.preventDefault();
    const name = this.templateName().trim();
    this.templateNameMissing.set(name === '');
    const document = this.document();
    if (!name || !document) return;
    await this.run(async () => {
      try {
        await firstValueFrom(this.templates.create(name, templatePaymentOf(document.content)));
      } catch (error) {
        const code = apiProblemOf(error).code;
        throw new DisplayedError(
          code === 'TEMPLATE_NAME_TAKEN' ? 'detail.templateNameTaken' : documentErrorKey(error),
        );
      }
      this.savingTemplate.set(false);
      return 'detail.templateSaved';
    });
  }

  /** Saves a signature's evidence (CMS and verification report, or the OTP proof) as a JSON file. */
  protected async downloadEvidence(index: number): Promise<void> {
    try {
      const evidence = await firstValueFrom(this.documents.evidence(this.id(), index));
      const blob = new Blob([JSON.stringify(evidence, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = this.dom.createElement('a');
      link.href = url;
      link.download = `document-${this.document()?.content.number ?? this.id()}-signature-${index + 1}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      this.message.set({ key: documentErrorKey(error), error: true });
    }
  }

  private async run(action: () => Promise<string>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(undefined);
    try {
      this.message.set({ key: await action(), error: false });
    } catch (error) {
      this.message.set({
        key: error instanceof DisplayedError ? error.key : documentErrorKey(error),
        error: true,
      });
      // Refused: what is on screen may be out of date (a successful action refreshes through update).
      this.store.reload();
    } finally {
      this.busy.set(false);
    }
  }
}

/** A failure already turned into a message key (a batch outcome). */
class DisplayedError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}
