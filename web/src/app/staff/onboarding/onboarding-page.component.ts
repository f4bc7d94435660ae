import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHANNELS, SIGNATURE_RIGHTS, type Channel } from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { StaffApi } from '../staff-api';
import { staffError } from '../staff-errors';
import {
  CURRENCIES,
  DEVICE_CHOICES,
  emptyDraft,
  newAccount,
  newUser,
  type OnboardingDraft,
  STEPS,
  type Step,
  controlIdOf,
  stepOf,
  toChange,
} from './onboarding-draft';

/**
 * Onboarding a client in four steps — the organization, its accounts, its users with their right,
 * channels and OTP device, then a review — sent as one change request: nothing exists until a
 * second manager approves it. Every refusal comes back to the step and field it concerns.
 */
@Component({
  selector: 'qb-onboarding-page',
  imports: [TranslocoPipe],
  templateUrl: './onboarding-page.component.html',
  styleUrl: './onboarding-page.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OnboardingPageComponent {
  private readonly api = inject(StaffApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly steps = STEPS;
  protected readonly currencies = CURRENCIES;
  protected readonly devices = DEVICE_CHOICES;
  protected readonly rights = SIGNATURE_RIGHTS;
  protected readonly channels = CHANNELS;

  protected readonly step = signal<Step>('organization');
  protected readonly draft = signal<OnboardingDraft>(emptyDraft());
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  /** The control with the API's refusal (`users-1-iin`), and the message. */
  protected readonly fieldError = signal<{ id: string; key: string } | undefined>(undefined);
  protected readonly missing = signal<readonly string[]>([]);
  protected readonly stepIndex = computed(() => STEPS.indexOf(this.step()));

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected errorOf(id: string): string | undefined {
    if (this.missing().includes(id)) return 'staff.onboarding.required';
    const error = this.fieldError();
    return error?.id === id ? error.key : undefined;
  }

  protected setOrganization<K extends keyof OnboardingDraft['organization']>(
    key: K,
    value: OnboardingDraft['organization'][K],
  ): void {
    this.draft.update((draft) => ({ ...draft, organization: { ...draft.organization, [key]: value } }));
  }

  protected setAccount(index: number, key: 'iban' | 'currency' | 'title', value: string): void {
    this.draft.update((draft) => ({
      ...draft,
      accounts: draft.accounts.map((account, each) =>
        each === index ? { ...account, [key]: value } : account,
      ),
    }));
  }

  protected setUser(
    index: number,
    key: 'fullName' | 'iin' | 'phone' | 'email' | 'signatureRight' | 'otpDevice',
    value: string,
  ): void {
    this.draft.update((draft) => ({
      ...draft,
      users: draft.users.map((user, each) => (each === index ? { ...user, [key]: value } : user)),
    }));
  }

  protected toggleChannel(index: number, channel: Channel, on: boolean): void {
    this.draft.update((draft) => ({
      ...draft,
      users: draft.users.map((user, each) =>
        each === index
          ? {
              ...user,
              channels: on ? [...user.channels, channel] : user.channels.filter((c) => c !== channel),
            }
          : user,
      ),
    }));
  }

  protected addAccount(): void {
    this.draft.update((draft) => ({ ...draft, accounts: [...draft.accounts, newAccount()] }));
  }

  protected addUser(): void {
    this.draft.update((draft) => ({ ...draft, users: [...draft.users, newUser()] }));
  }

  protected remove(list: 'accounts' | 'users', index: number): void {
    this.draft.update((draft) => ({ ...draft, [list]: draft[list].filter((_, each) => each !== index) }));
  }

  protected go(step: Step): void {
    if (STEPS.indexOf(step) > this.stepIndex() && !this.complete(this.step())) return;
    this.step.set(step);
  }

  protected next(): void {
    const following = STEPS[this.stepIndex() + 1];
    if (following) this.go(following);
  }

  protected back(): void {
    const previous = STEPS[this.stepIndex() - 1];
    if (previous) this.step.set(previous);
  }

  protected async submit(): Promise<void> {
    if (this.busy() || !STEPS.every((step) => step === 'review' || this.complete(step))) return;
    this.busy.set(true);
    this.errorKey.set(undefined);
    this.fieldError.set(undefined);
    try {
      const request = await firstValueFrom(this.api.submit(toChange(this.draft())));
      await this.router.navigate(['/staff/changes', request.id]);
    } catch (error) {
      const refused = staffError(error);
      this.errorKey.set(refused.key);
      if (refused.field?.startsWith('change.')) {
        const id = controlIdOf(refused.field);
        this.fieldError.set({ id, key: refused.key });
        this.step.set(stepOf(refused.field));
        setTimeout(() => this.document.getElementById(id)?.focus());
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** Required fields of a step filled; the first empty one is focused. The server checks the rest. */
  private complete(step: Step): boolean {
    const draft = this.draft();
    const blanks: string[] = [];
    if (step === 'organization') {
      for (const key of ['name', 'binIin', 'address'] as const)
        if (!draft.organization[key].trim()) blanks.push(`organization-${key}`);
    }
    if (step === 'accounts')
      draft.accounts.forEach((account, index) => {
        if (!account.iban.trim()) blanks.push(`accounts-${index}-iban`);
        if (!account.title.trim()) blanks.push(`accounts-${index}-title`);
      });
    if (step === 'users')
      draft.users.forEach((user, index) => {
        if (!user.fullName.trim()) blanks.push(`users-${index}-fullName`);
        if (!user.iin.trim()) blanks.push(`users-${index}-iin`);
        if (user.channels.length === 0) blanks.push(`users-${index}-channels`);
      });
    this.missing.set(blanks);
    if (blanks[0]) setTimeout(() => this.document.getElementById(blanks[0]!)?.focus());
    return blanks.length === 0;
  }
}
