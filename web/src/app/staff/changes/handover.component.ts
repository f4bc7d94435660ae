import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Handover } from '../staff-api';

interface HandoverContents {
  fullName?: string;
  device?: { kind: 'CARD' | 'TOKEN'; serial: string };
  card?: { pin: string; cells: { cell: number; code: string }[] };
  token?: { secret: string; otpauthUri: string };
  standard?: { login: string; password: string };
  registration?: { login: string; validityDays: number };
}

/**
 * What the client is handed, shown this once for printing: the page is the only copy there will be
 * (the bank destroyed its sealed one when it was opened).
 */
@Component({
  selector: 'qb-handover',
  imports: [TranslocoPipe],
  template: `
    @let item = contents();
    <div class="handover" [attr.data-handover]="handover().name">
      <p class="alert notice" role="status">{{ 'staff.change.openedNotice' | transloco }}</p>
      <dl>
        @if (item.fullName) {
          <dt>{{ 'staff.field.fullName' | transloco }}</dt>
          <dd>{{ item.fullName }}</dd>
        }
        @if (item.device; as device) {
          <dt>{{ 'staff.deviceKind.' + device.kind | transloco }}</dt>
          <dd class="mono" data-serial>{{ device.serial }}</dd>
        }
        @if (item.card; as card) {
          <dt>{{ 'staff.change.pin' | transloco }}</dt>
          <dd class="mono secret" data-pin>{{ card.pin }}</dd>
        }
        @if (item.token; as token) {
          <dt>{{ 'staff.change.tokenSecret' | transloco }}</dt>
          <dd class="mono secret" data-token-secret>{{ token.secret }}</dd>
        }
        @if (item.standard; as standard) {
          <dt>{{ 'staff.change.standardLogin' | transloco }}</dt>
          <dd class="mono" data-standard-login>{{ standard.login }}</dd>
          <dt>{{ 'staff.change.standardPassword' | transloco }}</dt>
          <dd class="mono secret" data-standard-password>{{ standard.password }}</dd>
        }
        @if (item.registration; as registration) {
          <dt>{{ 'staff.change.registrationId' | transloco }}</dt>
          <dd class="mono" data-registration-id>{{ registration.login }}</dd>
        }
      </dl>
      @if (item.card; as card) {
        <h3>{{ 'staff.change.cells' | transloco }}</h3>
        <ol class="cells">
          @for (cell of card.cells; track cell.cell) {
            <li>
              <span class="cell">{{ cell.cell }}</span> <span class="mono">{{ cell.code }}</span>
            </li>
          }
        </ol>
      }
      <button type="button" class="button" (click)="print()">{{ 'staff.change.print' | transloco }}</button>
    </div>
  `,
  styles: `
    @use 'breakpoints';

    dl {
      display: grid;
      grid-template-columns: minmax(10rem, max-content) minmax(0, 1fr);
      gap: 0.25rem 1rem;

      /* On a phone each name above its value, a secret broken across lines rather than cut. */
      @include breakpoints.below(sm) {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .mono {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    }
    .secret {
      font-size: 1.25rem;
      font-weight: 700;
      letter-spacing: 0.05em;
    }
    /* Seven a row, as on the card; fewer on a phone. */
    .cells {
      display: grid;
      grid-template-columns: repeat(7, max-content);
      gap: 0.25rem 1rem;
      padding: 0;
      list-style: none;

      @include breakpoints.below(md) {
        grid-template-columns: repeat(auto-fill, minmax(6rem, max-content));
      }
    }
    .cell {
      color: var(--qb-color-text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoverComponent {
  private readonly view = inject(DOCUMENT).defaultView;
  readonly handover = input.required<Handover>();
  protected readonly contents = computed(() => this.handover().contents as HandoverContents);

  protected print(): void {
    this.view?.print();
  }
}
