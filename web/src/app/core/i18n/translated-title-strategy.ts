import { DestroyRef, Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { PRODUCT_NAME } from '../product';

/**
 * Route titles are translation keys; the window title (what screen readers announce on navigation)
 * is "Page · Qoltanba" in the active language, and follows a language switch.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private key: string | undefined;

  constructor() {
    super();
    const subscription = this.transloco.events$.subscribe((event) => {
      if (event.type === 'translationLoadSuccess' || event.type === 'langChanged') this.apply();
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const page = this.key ? this.transloco.translate(this.key) : '';
    this.title.setTitle(page ? `${page} · ${PRODUCT_NAME}` : PRODUCT_NAME);
  }
}
