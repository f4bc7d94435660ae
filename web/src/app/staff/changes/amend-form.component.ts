import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHANNELS, type Channel } from '@qoltanba/workflows/domain';
import { firstValueFrom } from 'rxjs';
import { type ChangeRequest, StaffApi } from '../staff-api';
import { staffError } from '../staff-errors';
import {
  type AmendDraft,
  amendControlId,
  amendFieldsOf,
  amendedChange,
  blanksOf,
  draftOf,
  ordered,
  refusedFieldOf,
  unchanged,
} from './amend-fields';

/** Refusals that mean the request is no longer the one on screen: the page shows it anew. */
const OUTDATED = ['CHANGE_REQUEST_CHANGED', 'CHANGE_REQUEST_DECIDED', 'CHANGE_REQUEST_FINISHED'].map(
  (code) => `staff.errors.${code}`,
);

/**
 * Its maker corrects a pending request: the fields of its type that may change, filled in as sent.
 * The correction is a new revision the checker must look at again; a refusal comes back to the
 * field it concerns.
 */
@Component({
  selector: 'qb-amend-form',
  imports: [TranslocoPipe],
  templateUrl: './amend-form.component.html',
  styles: `
    .amend {
      display: grid;
      gap: 0.75rem;
      max-width: 48rem;
      padding-top: 1rem;
      border-top: 1px solid var(--qb-color-border);
    }
    h3,
    .hint,
    .alert {
      margin: 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AmendFormComponent {
  private readonly api = inject(StaffApi);
  private readonly document = inject(DOCUMENT);

  readonly request = input.required<ChangeRequest>();
  /** Saved: the request as corrected (its new revision and differences). */
  readonly amended = output<ChangeRequest>();
  /** Decided, or corrected elsewhere, meanwhile: the refusal's text, for the page to show it anew. */
  readonly outdated = output<string>();
  readonly cancelled = output();

  protected readonly channels = CHANNELS;
  protected readonly controlId = amendControlId;
  protected readonly fields = computed(() => amendFieldsOf(this.request().type));
  protected readonly draft = signal<AmendDraft | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  /** Messages by field path: blanks, or the API's refusal of one. */
  protected readonly fieldErrors = signal<ReadonlyMap<string, string>>(new Map());
  /** The object's values now, for a change that may leave fields as they are. */
  private current: AmendDraft = {};

  constructor() {
    effect(() => void this.start(this.request()));
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  protected textOf(path: string): string {
    const value = this.draft()?.[path];
    return typeof value === 'string' ? value : '';
  }

  protected channelsOf(path: string): readonly Channel[] {
    const value = this.draft()?.[path];
    return value === undefined || typeof value === 'string' ? [] : value;
  }

  protected set(path: string, value: string): void {
    this.draft.update((draft) => draft && { ...draft, [path]: value });
  }

  protected toggle(path: string, channel: Channel, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const now = this.channelsOf(path);
    this.draft.update(
      (draft) =>
        draft && {
          ...draft,
          [path]: ordered(on ? [...now, channel] : now.filter((each) => each !== channel)),
        },
    );
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    if (!draft || this.busy()) return;
    const request = this.request();
    const fields = this.fields();
    this.errorKey.set(undefined);
    const blanks = blanksOf(fields, draft);
    this.fieldErrors.set(blanks);
    const [blank] = blanks.keys();
    if (blank) return this.focus(blank);
    const change = amendedChange(request.change, fields, draft, this.current);
    if (unchanged(request.change, change, fields)) {
      this.errorKey.set('staff.amend.unchanged');
      return;
    }
    this.busy.set(true);
    try {
      this.amended.emit(await firstValueFrom(this.api.amend(request.id, request.revision, change)));
    } catch (error) {
      const refused = staffError(error);
      const path = refusedFieldOf(refused.field, fields);
      if (OUTDATED.includes(refused.key)) this.outdated.emit(refused.key);
      else if (path) {
        this.fieldErrors.set(new Map([[path, refused.key]]));
        this.focus(path);
      } else this.errorKey.set(refused.key);
    } finally {
      this.busy.set(false);
    }
  }

  /** The form as the request was sent; for an access change, with the user's right and channels now. */
  private async start(request: ChangeRequest): Promise<void> {
    this.draft.set(undefined);
    this.fieldErrors.set(new Map());
    this.errorKey.set(undefined);
    this.current = {};
    try {
      if (request.type === 'CHANGE_USER_ACCESS') {
        const client = await firstValueFrom(this.api.client(request.organizationId));
        const user = client.users.find((each) => each.id === request.change['userId']);
        if (user) this.current = { signatureRight: user.signatureRight, channels: user.channels };
      }
      this.draft.set(draftOf(request.change, this.fields(), this.current));
    } catch (error) {
      this.errorKey.set(staffError(error).key);
    }
  }

  private focus(path: string): void {
    const id = amendControlId(path);
    setTimeout(() => {
      const control = this.document.getElementById(id);
      (control?.matches('input, select') ? control : control?.querySelector('input'))?.focus();
    });
  }
}
