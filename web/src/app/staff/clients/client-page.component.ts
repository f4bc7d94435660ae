import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHANNELS, SIGNATURE_RIGHTS, type Channel, type SignatureRight } from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { IbanPipe, LocalDatePipe, TengePipe } from '../../core/i18n/format.pipes';
import { ChangeListComponent } from '../changes/change-list.component';
import { ReasonActionComponent } from './reason-action.component';
import { TokenHistoryComponent } from './token-history.component';
import {
  type Change,
  type ChangeRequestSummary,
  type ClientOverview,
  type ClientTariff,
  type ClientUser,
  StaffApi,
} from '../staff-api';
import { staffError } from '../staff-errors';

/** What happened to the last action: sent for checking (or applied at once), or refused and why. */
type Outcome = { kind: 'sent'; id: string; applied: boolean } | { kind: 'refused'; key: string };

const REVOCATION_REASONS = ['KEY_COMPROMISE', 'AFFILIATION_CHANGED', 'SUPERSEDED', 'CESSATION_OF_OPERATION'];
const REISSUE_REASONS = ['PIN_FORGOTTEN', 'EXPIRING', 'KEY_COMPROMISE', 'TOKEN_REPLACED'];
const DEVICE_KINDS = ['CARD', 'TOKEN'];

/**
 * One client as a manager sees it — organization, tariff, accounts, users with their devices and
 * certificates, pending changes and history — and the everyday changes, each sent as a request for
 * a second manager to check (the page never changes anything itself).
 */
@Component({
  selector: 'qb-client-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    IbanPipe,
    LocalDatePipe,
    TengePipe,
    ChangeListComponent,
    ReasonActionComponent,
    TokenHistoryComponent,
  ],
  templateUrl: './client-page.component.html',
  styleUrl: './client-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientPageComponent {
  private readonly api = inject(StaffApi);
  readonly id = input.required<string>();

  protected readonly rights = SIGNATURE_RIGHTS;
  protected readonly channels = CHANNELS;
  protected readonly revocationReasons = REVOCATION_REASONS;
  protected readonly reissueReasons = REISSUE_REASONS;
  protected readonly deviceKinds = DEVICE_KINDS;

  protected readonly client = signal<ClientOverview | undefined>(undefined);
  protected readonly changes = signal<ChangeRequestSummary[]>([]);
  protected readonly tariff = signal<ClientTariff | undefined>(undefined);
  protected readonly loadError = signal<string | undefined>(undefined);
  protected readonly outcome = signal<Outcome | undefined>(undefined);
  protected readonly busy = signal(false);
  /** The user whose right and channels are being edited, with the draft. */
  protected readonly editing = signal<
    { userId: string; right: SignatureRight; channels: Channel[] } | undefined
  >(undefined);
  protected readonly pending = computed(() =>
    this.changes().filter((change) => change.status === 'PENDING_CHECK'),
  );
  protected readonly history = computed(() =>
    this.changes().filter((change) => change.status !== 'PENDING_CHECK'),
  );

  constructor() {
    effect(() => void this.load(this.id()));
  }

  protected edit(user: ClientUser): void {
    this.outcome.set(undefined);
    this.editing.set({ userId: user.id, right: user.signatureRight, channels: [...user.channels] });
  }

  protected setRight(event: Event): void {
    const right = (event.target as HTMLSelectElement).value as SignatureRight;
    this.editing.update((draft) => draft && { ...draft, right });
  }

  protected toggleChannel(channel: Channel, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.editing.update(
      (draft) =>
        draft && {
          ...draft,
          channels: on ? [...draft.channels, channel] : draft.channels.filter((each) => each !== channel),
        },
    );
  }

  protected async saveAccess(user: ClientUser): Promise<void> {
    const draft = this.editing();
    if (!draft) return;
    await this.submit({
      type: 'CHANGE_USER_ACCESS',
      userId: user.id,
      ...(draft.right !== user.signatureRight ? { signatureRight: draft.right } : {}),
      ...(draft.channels.join() !== user.channels.join() ? { channels: draft.channels } : {}),
    });
    if (this.outcome()?.kind === 'sent') this.editing.set(undefined);
  }

  protected select(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected async submit(change: Change): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.outcome.set(undefined);
    try {
      const request = await firstValueFrom(this.api.submit(change));
      this.outcome.set({ kind: 'sent', id: request.id, applied: request.status === 'APPLIED' });
      await this.load(this.id());
    } catch (error) {
      this.outcome.set({ kind: 'refused', key: staffError(error).key });
    } finally {
      this.busy.set(false);
    }
  }

  protected revoke(certificateId: string, reason: string): Promise<void> {
    return this.submit({
      type: 'REVOKE_CERTIFICATE',
      certificateId,
      reason: reason as Extract<Change, { type: 'REVOKE_CERTIFICATE' }>['reason'],
    });
  }

  protected startReissue(user: ClientUser, reason: string): Promise<void> {
    return this.submit({
      type: 'START_TOKEN_REISSUE',
      userId: user.id,
      reason: reason as Extract<Change, { type: 'START_TOKEN_REISSUE' }>['reason'],
    });
  }

  protected issueDevice(user: ClientUser, kind: string): Promise<void> {
    return this.submit({ type: 'ISSUE_OTP_DEVICE', userId: user.id, kind: kind as 'CARD' | 'TOKEN' });
  }

  /** A user without a live OTP device (all revoked, or none yet) is issued one, not given a replacement. */
  protected hasLiveDevice(user: ClientUser): boolean {
    return user.devices.some((device) => device.status !== 'REVOKED');
  }

  protected cancelRegistration(registrationId: string, reason: string): Promise<void> {
    return this.submit({ type: 'CANCEL_TOKEN_REGISTRATION', registrationId, reason });
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(undefined);
    try {
      const [client, changes, tariff] = await Promise.all([
        firstValueFrom(this.api.client(id)),
        firstValueFrom(this.api.changeRequests({ organizationId: id })),
        firstValueFrom(this.api.tariff(id)),
      ]);
      this.client.set(client);
      this.changes.set(changes);
      this.tariff.set(tariff);
    } catch (error) {
      this.loadError.set(staffError(error).key);
    }
  }
}
