import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../core/auth/session.store';
import { type ChangeType, type CheckingSettings, StaffApi } from '../staff-api';
import { settingsError, staffError } from '../staff-errors';

/** The bounds the API accepts for the waiting time, said in the hint and checked before sending. */
const MIN_HOURS = 1;
const MAX_HOURS = 720;

/**
 * The bank's rules for checking managers' changes: how long a request waits for its checker, and
 * which low-risk types (the API says which may be) a manager makes alone. A senior manager edits
 * them; other managers read them, told why they cannot change them.
 */
@Component({
  selector: 'qb-checking-settings-page',
  imports: [TranslocoPipe],
  templateUrl: './checking-settings-page.component.html',
  styleUrl: './checking-settings-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckingSettingsPageComponent {
  private readonly api = inject(StaffApi);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  protected readonly settings = signal<CheckingSettings | undefined>(undefined);
  /** The hours as typed. */
  protected readonly hours = signal('');
  /** The types ticked to go without a check. */
  protected readonly exempt = signal<readonly ChangeType[]>([]);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  /** The control a refusal concerns (`expiry-hours`, `exempt-BLOCK_OTP_DEVICE`, `exemptions`), and its message. */
  protected readonly fieldError = signal<{ id: string; key: string } | undefined>(undefined);
  protected readonly mayEdit = computed(() => this.session.staff()?.role === 'SENIOR_MANAGER');

  constructor() {
    void this.load();
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected errorOf(id: string): string | undefined {
    const error = this.fieldError();
    return error?.id === id ? error.key : undefined;
  }

  protected toggle(type: ChangeType, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.exempt.update((types) => (on ? [...types, type] : types.filter((each) => each !== type)));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const settings = this.settings();
    if (!settings || this.busy() || !this.mayEdit()) return;
    this.saved.set(false);
    this.errorKey.set(undefined);
    this.fieldError.set(undefined);
    const expiryHours = wholeHours(this.hours());
    if (expiryHours === undefined) {
      this.refuseAt('expiry-hours', 'staff.settings.hoursInvalid');
      return;
    }
    // In the API's order, so that a refusal of `exemptTypes.<n>` names the n-th sent.
    const exemptTypes = settings.exemptibleTypes.filter((type) => this.exempt().includes(type));
    this.busy.set(true);
    try {
      this.show(await firstValueFrom(this.api.saveCheckingSettings({ expiryHours, exemptTypes })));
      this.saved.set(true);
    } catch (error) {
      const refused = settingsError(error);
      const control = controlOf(refused.field, exemptTypes);
      if (control) this.refuseAt(control, refused.key);
      else this.errorKey.set(refused.key);
    } finally {
      this.busy.set(false);
    }
  }

  private refuseAt(id: string, key: string): void {
    this.fieldError.set({ id, key });
    const focused = id === 'exemptions' ? 'exempt-' + (this.settings()?.exemptibleTypes[0] ?? '') : id;
    setTimeout(() => this.document.getElementById(focused)?.focus());
  }

  private show(settings: CheckingSettings): void {
    this.settings.set(settings);
    this.hours.set(String(settings.expiryHours));
    this.exempt.set(settings.exemptTypes);
  }

  private async load(): Promise<void> {
    try {
      this.show(await firstValueFrom(this.api.checkingSettings()));
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    }
  }
}

function wholeHours(text: string): number | undefined {
  const hours = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  return hours >= MIN_HOURS && hours <= MAX_HOURS ? hours : undefined;
}

/** The control an API refusal's field names: the hours, one sent type, or the types as a whole. */
function controlOf(field: string | undefined, sent: readonly ChangeType[]): string | undefined {
  if (field === 'expiryHours') return 'expiry-hours';
  const index = /^exemptTypes\.(\d+)$/.exec(field ?? '')?.[1];
  const type = index === undefined ? undefined : sent[Number(index)];
  if (type) return `exempt-${type}`;
  return field?.startsWith('exemptTypes') ? 'exemptions' : undefined;
}
