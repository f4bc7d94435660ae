import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  type OnInit,
  computed,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { apiProblemOf } from '../http/api-error';
import { IbanPipe, TengePipe } from '../i18n/format.pipes';
import type { SignableApi } from '../signer/signable';
import type { OtpChallenge } from './otp-challenge';

/** One line of what the code approves, when the page says it itself (an application's summary). */
export interface ApprovalLine {
  /** Translation key of the label. */
  readonly label: string;
  readonly value: string;
}

/** Answers after which this challenge cannot be used again: only a new one helps. */
const CHALLENGE_SPENT = new Set(['OTP_CHALLENGE_EXPIRED', 'OTP_CHALLENGE_STALE', 'OTP_CHALLENGE_USED']);

/**
 * Light/Mobile approval with an OTP device (dynamic linking): the server binds a challenge to the
 * content, amount and payee of a document or an application; the user sees exactly those, then
 * enters the token's current code or the code of the card cell the server names. Works over any
 * process signed like documents (`api`); the page may say what is approved itself (`summary`).
 */
@Component({
  selector: 'qb-otp-approval',
  imports: [TranslocoPipe, TengePipe, IbanPipe],
  templateUrl: './otp-approval.component.html',
  styleUrl: './otp-approval.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OtpApprovalComponent<T> implements OnInit {
  readonly api = input.required<SignableApi<T>>();
  /** The document's or application's id. */
  readonly processId = input.required<string>();
  /** The content hash approved when the challenge names none (it names one for documents). */
  readonly contentHash = input<string>();
  /** What is approved, in the page's words; without it the challenge's amount and payee show. */
  readonly summary = input<readonly ApprovalLine[]>();
  readonly approved = output<T>();
  readonly closed = output<void>();

  protected readonly challenge = signal<OtpChallenge | undefined>(undefined);
  protected readonly code = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<{ key: string; params?: Record<string, unknown> } | undefined>(undefined);
  /** The challenge can no longer be answered; a new one must be asked for. */
  protected readonly spent = signal(false);
  protected readonly blocked = signal(false);
  protected readonly card = computed(() => {
    const device = this.challenge()?.device;
    return typeof device === 'object' ? device : undefined;
  });
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  ngOnInit(): void {
    void this.requestChallenge();
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async requestChallenge(): Promise<void> {
    this.busy.set(true);
    this.error.set(undefined);
    this.spent.set(false);
    this.code.set('');
    try {
      const challenge = await firstValueFrom(this.api().otpChallenge(this.processId()));
      this.challenge.set(challenge);
      // The code field is what the user needs next (and where a screen reader should be).
      setTimeout(() => this.codeInput()?.nativeElement.focus());
    } catch (error) {
      this.challenge.set(undefined);
      this.blocked.set(apiProblemOf(error).code === 'OTP_DEVICE_BLOCKED');
      this.error.set({ key: this.api().errorKey(error) });
    } finally {
      this.busy.set(false);
    }
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const challenge = this.challenge();
    if (!challenge || this.busy() || this.spent()) return;
    const code = this.code().replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) {
      this.error.set({ key: 'otp.codeFormat' });
      return;
    }
    this.busy.set(true);
    this.error.set(undefined);
    try {
      const contentHash = challenge.documents[0]?.contentHash ?? this.contentHash() ?? '';
      const evidence = { kind: 'OTP', challengeId: challenge.challengeId, code } as const;
      this.approved.emit(await firstValueFrom(this.api().sign(this.processId(), contentHash, evidence)));
    } catch (error) {
      const problem = apiProblemOf(error);
      this.code.set('');
      this.spent.set(CHALLENGE_SPENT.has(problem.code));
      this.blocked.set(problem.code === 'OTP_DEVICE_BLOCKED');
      this.error.set({
        key: this.api().errorKey(error),
        params: { attemptsLeft: problem.details['attemptsLeft'], cell: this.card()?.card },
      });
      this.codeInput()?.nativeElement.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
