import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Shown for any address the app does not know, instead of a blank page. */
@Component({
  selector: 'qb-not-found-page',
  imports: [RouterLink, TranslocoPipe],
  template: `
    <h1>{{ 'notFound.title' | transloco }}</h1>
    <p>{{ 'notFound.text' | transloco }}</p>
    <p>
      <a routerLink="/">{{ 'notFound.home' | transloco }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPageComponent {}
