import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Operators' home until their console lands (issue 15): where to look meanwhile. */
@Component({
  selector: 'qb-operations-home',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'staff.operations.heading' | transloco }}</h1>
    <p>{{ 'staff.operations.coming' | transloco }}</p>
    <a class="button" routerLink="/status">{{ 'staff.operations.status' | transloco }}</a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OperationsHomeComponent {}
