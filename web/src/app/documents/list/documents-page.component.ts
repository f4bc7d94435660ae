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
import { HttpErrorResponse } from '@angular/common/http';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DOCUMENT_STATUSES, type DocumentStatus } from '@qoltanba/workflows/domain';
import { AccountsStore } from '../../accounts/accounts.store';
import { SessionStore } from '../../core/auth/session.store';
import { LocalDatePipe, LocalIntegerPipe, TengePipe } from '../../core/i18n/format.pipes';
import { LayoutService } from '../../core/layout/layout.service';
import { NavigationService } from '../../core/layout/navigation';
import { openPinWindow } from '../../core/signer/pin-window';
import { EdsSigning } from '../../core/signer/eds-signing';
import { SigningAgent } from '../../core/signer/signing-agent';
import { AwaitingComponent } from '../../core/process/awaiting.component';
import { StatusBadgeComponent } from '../../core/process/status-badge.component';
import type { DocumentFilters, DocumentView } from '../document';
import { availableActions } from '../document-actions';
import { documentErrorKey } from '../document-errors';
import { DocumentsApi, PAGE_SIZE } from '../documents-api';
import { DocumentFiltersComponent } from './document-filters.component';
import { type OtpApprovalView, batchOtpApproval } from './batch-otp-approval';
import { ApiClient } from '../../core/http/api-client';
import type { SignableApi } from '../../core/signer/signable';
import { OtpApprovalComponent } from '../../core/otp/otp-approval.component';
import { DocumentsListStore } from './documents-list.store';

/**
 * The organization's documents, newest first, filtered and paginated through the URL (so a link or
 * a reload shows the same list), updated live; Standard signers sign a selection with one PIN.
 */
@Component({
  selector: 'qb-documents-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    TengePipe,
    LocalDatePipe,
    LocalIntegerPipe,
    StatusBadgeComponent,
    AwaitingComponent,
    DocumentFiltersComponent,
    OtpApprovalComponent,
  ],
  providers: [DocumentsListStore],
  templateUrl: './documents-page.component.html',
  styleUrl: './documents-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentsPageComponent {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly edsSigning = inject(EdsSigning);
  private readonly documentsApi = inject(DocumentsApi);
  private readonly apiClient = inject(ApiClient);
  private readonly view = inject(DOCUMENT).defaultView;
  protected readonly store = inject(DocumentsListStore);
  protected readonly layout = inject(LayoutService);
  protected readonly navigation = inject(NavigationService);
  protected readonly agent = inject(SigningAgent);

  // Query parameters, bound by the router.
  readonly status = input<string>();
  readonly type = input<string>();
  readonly account = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();

  protected readonly filters = computed((): DocumentFilters => ({
    status: (DOCUMENT_STATUSES as readonly string[]).includes(this.status() ?? '')
      ? (this.status() as DocumentStatus)
      : undefined,
    type: this.type() === 'TENGE_PAYMENT' ? 'TENGE_PAYMENT' : undefined,
    account: this.account() || undefined,
    from: this.from() || undefined,
    to: this.to() || undefined,
    page: Math.max(1, Number(this.page()) || 1),
  }));
  protected readonly items = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.page.items : [];
  });
  protected readonly pages = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? Math.max(1, Math.ceil(state.page.total / PAGE_SIZE)) : 1;
  });
  protected readonly total = computed(() => {
    const state = this.store.state();
    return state.kind === 'loaded' ? state.page.total : 0;
  });

  /** The Standard channel signs a selection with the token; Light and Mobile approve it by OTP. */
  protected readonly byOtp = computed(() => this.session.client()?.channel !== 'STANDARD');
  /** Documents of this page the user can sign with the token, or approve by OTP, right now. */
  protected readonly signable = computed(() => {
    const user = this.session.client();
    return new Set(
      this.items()
        .filter((d) => {
          const actions = availableActions(d, user);
          return this.byOtp() ? actions.approveWithOtp : actions.signWithEds;
        })
        .map((d) => d.id),
    );
  });
  /** The open batch OTP prompt: over the selected documents (one document's own prompt for one). */
  protected readonly otpBatch = signal<{ api: SignableApi<unknown>; processId: string } | undefined>(
    undefined,
  );
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly selectedCount = computed(
    () => [...this.selected()].filter((id) => this.signable().has(id)).length,
  );
  protected readonly signing = signal(false);
  protected readonly message = signal<
    { key: string; params?: Record<string, unknown>; error: boolean } | undefined
  >(undefined);

  constructor() {
    effect(() => this.store.load(this.filters()));
    inject(AccountsStore).ensureLoaded();
  }

  protected applyFilters(filters: DocumentFilters): void {
    this.selected.set(new Set());
    void this.router.navigate([], { queryParams: { ...filters, page: undefined } });
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], {
      queryParams: { page: page > 1 ? page : undefined },
      queryParamsHandling: 'merge',
    });
  }

  protected toggle(document: DocumentView, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.selected());
    if (checked) next.add(document.id);
    else next.delete(document.id);
    this.selected.set(next);
  }

  protected selectAll(): void {
    this.selected.set(new Set(this.signable()));
  }

  /** One code for the selection: the prompt shows their count, total and payees before the code. */
  protected approveSelected(): void {
    const ids = [...this.selected()].filter((id) => this.signable().has(id));
    if (ids.length === 0) return;
    this.message.set(undefined);
    this.otpBatch.set(
      ids.length === 1
        ? { api: this.documentsApi, processId: ids[0]! }
        : { api: batchOtpApproval(this.apiClient, ids), processId: 'batch' },
    );
  }

  protected onBatchApproved(answer: unknown): void {
    this.otpBatch.set(undefined);
    this.selected.set(new Set());
    const results = (answer as Partial<OtpApprovalView>).results;
    const refused = results?.find((result) => !result.approved);
    this.message.set(
      refused?.error
        ? { key: documentErrorKey(new HttpErrorResponse({ status: 409, error: refused.error })), error: true }
        : { key: 'documents.approvedCount', params: { count: results?.length ?? 1 }, error: false },
    );
    this.store.reload();
  }

  protected async signSelected(): Promise<void> {
    const ids = [...this.selected()].filter((id) => this.signable().has(id));
    if (ids.length === 0 || this.signing()) return;
    // Opened now, inside the click: the agent asks for the PIN only later, when pop-ups are blocked.
    const pin = openPinWindow(this.view);
    this.signing.set(true);
    this.message.set(undefined);
    try {
      const outcomes = await this.edsSigning.sign(this.documentsApi, ids, pin);
      const failed = outcomes.filter((outcome) => !outcome.signed);
      this.message.set(
        failed.length === 0
          ? { key: 'documents.signedCount', params: { count: outcomes.length }, error: false }
          : { key: failed[0]!.errorKey ?? 'common.errors.unexpected', error: true },
      );
      this.selected.set(new Set());
    } catch (error) {
      this.message.set({ key: documentErrorKey(error), error: true });
    } finally {
      this.signing.set(false);
      this.store.reload();
    }
  }
}
