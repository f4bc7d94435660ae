import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CURRENCY_APPLICATION_KINDS,
  type FormApplicationKind,
  SERVICE_APPLICATION_KINDS,
} from '@qoltanba/workflows/domain';
import { SessionStore } from '../../core/auth/session.store';

/** The kinds this session may create: service kinds everywhere, currency kinds in Standard and Light. */
export function offeredKinds(session: SessionStore): {
  readonly service: readonly FormApplicationKind[];
  readonly currency: readonly FormApplicationKind[];
} {
  return {
    service: session.allows('SERVICE_APPLICATION') ? SERVICE_APPLICATION_KINDS : [],
    currency: session.allows('CREATE_CURRENCY_APPLICATION') ? CURRENCY_APPLICATION_KINDS : [],
  };
}

/** Step one of a new application: which kind. Each opens its form at /applications/new/:kind. */
@Component({
  selector: 'qb-new-application-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <p class="back">
      <a routerLink="/applications">← {{ 'processes.title' | transloco }}</a>
    </p>
    <div class="page-header">
      <h1>{{ 'applicationForm.chooseTitle' | transloco }}</h1>
    </div>
    @for (group of groups(); track group.name) {
      @if (group.kinds.length > 0) {
        <section class="kind-group" [attr.aria-labelledby]="'kinds-' + group.name">
          <h2 [id]="'kinds-' + group.name">{{ 'applicationForm.family.' + group.name | transloco }}</h2>
          <ul class="kinds">
            @for (kind of group.kinds; track kind) {
              <li class="card" [attr.data-kind]="kind">
                <a class="kind-link" [routerLink]="['/applications/new', kind]">{{
                  'applicationKind.' + kind | transloco
                }}</a>
                <p class="muted">{{ 'applicationKindHint.' + kind | transloco }}</p>
              </li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .back {
      margin: 0 0 0.5rem;
    }
    h2 {
      font-size: 1.125rem;
    }
    .kinds {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 1rem;
      margin: 0 0 1.5rem;
      padding: 0;
      list-style: none;
    }
    .kinds .card {
      margin: 0;
    }
    .kind-link {
      font-weight: 700;
    }
    .kinds p {
      margin: 0.25rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewApplicationPageComponent {
  private readonly session = inject(SessionStore);

  protected readonly groups = computed(() => {
    const kinds = offeredKinds(this.session);
    return [
      { name: 'SERVICE', kinds: kinds.service },
      { name: 'CURRENCY', kinds: kinds.currency },
    ];
  });
}
