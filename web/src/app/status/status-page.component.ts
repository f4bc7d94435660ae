import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlatformStatusComponent } from './platform-status/platform-status.component';

/** "Is the bank's platform working?": open to everyone, linked from the log-in page. */
@Component({
  selector: 'qb-status-page',
  imports: [PlatformStatusComponent, RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'status.title' | transloco }}</h1>
    <qb-platform-status />
    <p>
      <a routerLink="/">{{ 'notFound.home' | transloco }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusPageComponent {}
